using ScriptHost.TestSupport.Browsers;
using ScriptHost.TestSupport.Servers;

namespace ScriptHost.WebConsole.Tests.Support;

/// <summary>
/// One real server process on fresh data and one headless Chromium, shared by a test class. Started by the first test
/// that asks (xunit builds class fixtures even when every test of the class is skipped, as where chromium is missing).
/// </summary>
public sealed class ServerAndBrowser : IAsyncLifetime
{
    private readonly Lazy<Task<Started>> _started = new(StartBothAsync);

    public Task<Started> StartAsync() => _started.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_started.IsValueCreated && _started.Value.IsCompletedSuccessfully)
        {
            var started = await _started.Value;
            started.Browser.Dispose();
            await started.Server.DisposeAsync();
        }
    }

    private static async Task<Started> StartBothAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var server = await ServerProcess.StartOnFreshDataAsync();
        var serverStart = clock.Elapsed;
        try
        {
            return new Started(server, Chromium.Start(), serverStart);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public sealed record Started(ServerProcess Server, Chromium Browser, TimeSpan ServerStartDuration);
}
