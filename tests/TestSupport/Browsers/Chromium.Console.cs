using OpenQA.Selenium;

namespace ScriptHost.TestSupport.Browsers;

public sealed partial class Chromium
{
    /// <summary>
    /// The browser console entries (console.* calls, uncaught errors, failed loads, CSP refusals) since the last read:
    /// chromedriver hands each entry out once.
    /// </summary>
    public IReadOnlyList<LogEntry> ReadConsole() => Driver.Manage().Logs.GetLog(LogType.Browser);

    /// <summary>
    /// Fails listing every SEVERE entry (errors) logged since the last read; the quality bar is none at all.
    /// <paramref name="except"/> exempts entries a page not under test causes (say why where it is used).
    /// </summary>
    public void AssertNoSevereConsoleEntries(Func<LogEntry, bool>? except = null)
    {
        var severe = ReadConsole().Where(entry => entry.Level == LogLevel.Severe && !(except?.Invoke(entry) ?? false)).ToList();
        Assert.True(severe.Count == 0, "Browser console errors:\n  " + string.Join("\n  ", severe.Select(entry => entry.Message)));
    }
}
