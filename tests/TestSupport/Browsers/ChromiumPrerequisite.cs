using System.Diagnostics;

namespace ScriptHost.TestSupport.Browsers;

/// <summary>
/// Debian's chromium and chromium-driver, installed once per test process by
/// <c>tests/prerequisites/install-chromium.sh</c> (copied beside the test assembly), which does nothing without root or
/// apt-get. A browser test project calls <see cref="EnsureInstalled"/> from a module initializer, so the install runs
/// before xunit discovers (and decides to skip) its <see cref="ChromiumFactAttribute"/> tests.
/// </summary>
public static class ChromiumPrerequisite
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverDirectory = "/usr/bin";
    public const string DriverName = "chromedriver";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly Lazy<string?> s_missing = new(InstallAndDescribeWhatIsMissing);

    /// <summary>Null when chromium and chromedriver are present (after the install); else what is missing and why.</summary>
    public static string? Missing => s_missing.Value;

    /// <summary>How long the install took in this process; null when nothing had to be installed.</summary>
    public static TimeSpan? InstallDuration { get; private set; }

    /// <summary>Runs the install script when chromium or chromedriver is absent; idempotent.</summary>
    public static void EnsureInstalled() => _ = s_missing.Value;

    private static string? InstallAndDescribeWhatIsMissing()
    {
        if (WhatIsAbsent() is null)
        {
            return null;
        }

        var installOutput = RunInstallScript();
        return WhatIsAbsent() is { } absent
            ? $"{absent} (installed by tests/prerequisites/install-chromium.sh as root with apt-get{(installOutput is null ? string.Empty : $"; install said: {installOutput}")})"
            : null;
    }

    private static string? WhatIsAbsent()
    {
        var absent = new[] { BrowserPath, Path.Combine(DriverDirectory, DriverName) }.Where(path => !File.Exists(path)).ToList();
        return absent.Count == 0 ? null : string.Join(" and ", absent) + " absent";
    }

    /// <summary>The script's output when it ran and failed to install; null when it succeeded or could not run.</summary>
    private static string? RunInstallScript()
    {
        var script = Path.Join(AppContext.BaseDirectory, "prerequisites", "install-chromium.sh");
        if (!OperatingSystem.IsLinux() || !File.Exists(script))
        {
            return OperatingSystem.IsLinux() ? $"{script} is not beside the test assembly" : "not Linux";
        }

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        var clock = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(InstallTimeout))
            {
                process.Kill(entireProcessTree: true);
            }

            InstallDuration = clock.Elapsed;
            return WhatIsAbsent() is null ? null : Tail($"{output.Result}{error.Result}".Trim());
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return exception.Message;
        }
    }

    // apt-get's whole output would drown the skip reason; its last lines say what went wrong.
    private static string Tail(string text) => string.Join(" | ", text.Split('\n').TakeLast(5));
}
