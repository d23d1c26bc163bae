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
        // The browser first: where chromium is missing (and CI=true runs the tests anyway) that fails at once.
        var browser = Chromium.Start();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var server = await ServerProcess.StartOnFreshDataAsync();
            return new Started(server, browser, clock.Elapsed);
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    public sealed record Started(ServerProcess Server, Chromium Browser, TimeSpan ServerStartDuration);
}
