// Task.WhenAll / WhenAny over the script's own async work, Task.Yield, and Task.Delay with and without a token.
async Task<int> Slow(int value, int milliseconds)
{
    await Task.Delay(milliseconds, Cancellation);
    return value;
}

async Task<int> Yielding(int value)
{
    await Task.Yield();
    return value * 2;
}

var all = await Task.WhenAll(Yielding(1), Yielding(2), Yielding(3));
var fromList = await Task.WhenAll(new List<Task<int>> { Yielding(4), Slow(5, 1) });
await Task.WhenAll(Task.Delay(1), Task.Delay(TimeSpan.FromMilliseconds(1)), Task.Delay(1, Cancellation));
var winner = await Task.WhenAny(Slow(1, 5_000), Slow(2, 1));
var raced = await Task.WhenAny(Task.Delay(5_000, Cancellation), Yielding(50));
var timedOut = await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(30)), Task.Delay(1)) is { IsCompleted: true };

var failing = Task.WhenAll(Slow(1, 1), Task.FromException<int>(new InvalidOperationException("bad")));
string message;
try
{
    await failing;
    message = "none";
}
catch (InvalidOperationException error)
{
    message = error.Message;
}

return new { All = all, FromList = fromList, Winner = await winner, RacedIsDelay = raced is Task<int> ? "no" : "yes", timedOut, message };
