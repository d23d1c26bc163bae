namespace ScriptHost.TestGlobals;

/// <summary>The globals a sandbox test script sees: an input, a log, and an awaitable host call.</summary>
public sealed class TestHost
{
    private readonly List<string> _log = [];

    /// <summary>Creates globals with the given input and cancellation token.</summary>
    public TestHost(string input = "", CancellationToken cancellation = default)
    {
        Input = input;
        Cancellation = cancellation;
    }

    /// <summary>A value the test hands to the script.</summary>
    public string Input { get; }

    /// <summary>The invocation's cancellation, as host APIs receive it.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>What the script logged.</summary>
    public IReadOnlyList<string> Logged => _log;

    /// <summary>Records a line.</summary>
    public void Log(string line) => _log.Add(line);

    /// <summary>A host API that waits, honouring the invocation's cancellation.</summary>
    public Task DelayAsync(int milliseconds) => Task.Delay(milliseconds, Cancellation);
}
