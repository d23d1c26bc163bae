namespace ScriptHost.Cli.Output;

/// <summary>
/// A one-line status on stderr for long work (a build, an upload, a server starting), redrawn in place with a spinner.
/// Only on a terminal: in a pipe or a CI log it prints nothing, so stdout and stderr stay clean for scripts.
/// </summary>
internal sealed class Progress : IAsyncDisposable
{
    private static readonly string[] s_frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    private readonly TextWriter _error;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _spinner;
    private string _text;

    private Progress(TextWriter error, string text)
    {
        _error = error;
        _text = text;
        _spinner = SpinAsync();
    }

    /// <summary>Starts a status line (or nothing, off a terminal); dispose it to clear the line.</summary>
    public static IAsyncDisposable Start(Terminal terminal, string text, out Action<string> update)
    {
        if (!terminal.ShowProgress)
        {
            update = _ => { };
            return NoProgress.Instance;
        }

        var progress = new Progress(terminal.Error, text);
        update = next => progress._text = next;
        return progress;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _spinner;
        _stop.Dispose();
        _error.Write("\r\u001b[2K");
    }

    private async Task SpinAsync()
    {
        var frame = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            _error.Write($"\r\u001b[2K{s_frames[frame++ % s_frames.Length]} {_text}");
        }
        while (await WaitAsync(timer));
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private sealed class NoProgress : IAsyncDisposable
    {
        public static readonly NoProgress Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
