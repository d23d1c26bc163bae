using System.Diagnostics;
using OpenQA.Selenium;
using ScriptHost.TestSupport.Browsers;
using ScriptHost.WebConsole.Tests.Support;
using Xunit.Abstractions;

namespace ScriptHost.WebConsole.Tests;

/// <summary>
/// The browser test chain itself, before any console page: Debian's chromium, started offline as root, opens a page of
/// the real server process, records the console, screenshots, and round-trips the clipboard. The console's end-to-end
/// test builds on exactly this.
/// </summary>
public sealed class BrowserHarnessTests(ServerAndBrowser fixture, ITestOutputHelper output) : IClassFixture<ServerAndBrowser>
{
    // /health is JSON: no <link rel="icon">, so chromium asks for /favicon.ico, which the server does not have, and
    // logs the 404 as an error — sometimes after the load, so it can land in any later read. Console pages declare
    // their icon and get no such exemption.
    private static bool IsMissingFavicon(LogEntry entry) =>
        entry.Message.Contains("/favicon.ico", StringComparison.Ordinal) && entry.Message.Contains("404", StringComparison.Ordinal);

    [ChromiumFact]
    public async Task ServerPage_OpenedInChromium_LoadsWithoutConsoleErrorsAndScreenshots()
    {
        var (server, browser, serverStart) = await fixture.StartAsync();
        output.WriteLine($"Server started in {serverStart.TotalSeconds:F1} s, chromium in {browser.StartDuration.TotalSeconds:F1} s" +
            (ChromiumPrerequisite.InstallDuration is { } install ? $", after installing it in {install.TotalSeconds:F0} s" : string.Empty));
        browser.ReadConsole();

        var clock = Stopwatch.StartNew();
        browser.Open(new Uri(server.BaseAddress, "/health"));
        output.WriteLine($"/health loaded in {clock.ElapsedMilliseconds} ms");

        Assert.Contains("\"scriptsCompiled\"", browser.Driver.FindElement(By.TagName("body")).Text, StringComparison.Ordinal);
        var screenshot = browser.Screenshot("harness-health", output);
        Assert.True(new FileInfo(screenshot).Length > 0);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(screenshot)[..4]);
        browser.AssertNoSevereConsoleEntries(except: IsMissingFavicon);
    }

    [ChromiumFact]
    public async Task Clipboard_WrittenByServerPage_ReadsBackTheSameText()
    {
        var (server, browser, _) = await fixture.StartAsync();
        browser.Open(new Uri(server.BaseAddress, "/health"));
        browser.GrantClipboardAccess(server.BaseAddress);
        var text = $"{server.BaseAddress}svc/hello?from=console ✓ {Guid.NewGuid():N}";

        browser.WriteClipboard(text);

        Assert.Equal(text, browser.ReadClipboard());
        browser.AssertNoSevereConsoleEntries(except: IsMissingFavicon);
    }

    [ChromiumFact]
    public async Task ExternalScript_OnServerPage_FailsToResolveAndFailsTheConsoleCheck()
    {
        var (server, browser, _) = await fixture.StartAsync();
        browser.Open(new Uri(server.BaseAddress, "/health"));
        browser.ReadConsole();

        // What a page built against a CDN would do; the console must never, and this is how a test would notice.
        var loaded = browser.Driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            const script = document.createElement('script');
            script.src = 'https://cdn.example.com/library.js';
            script.onload = () => done('loaded');
            script.onerror = () => done('failed');
            document.head.appendChild(script);
            """);

        Assert.Equal("failed", loaded);
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => browser.AssertNoSevereConsoleEntries(except: IsMissingFavicon));
        Assert.Contains("https://cdn.example.com/library.js", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ERR_NAME_NOT_RESOLVED", failure.Message, StringComparison.Ordinal);
    }
}
