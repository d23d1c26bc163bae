using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ScriptHost.Tests.Support;

/// <summary>
/// Installs bubblewrap before any test of this assembly is discovered (CI is a clean Debian machine, run as root),
/// through <c>tests/prerequisites/install-bubblewrap.sh</c>, which does nothing without root or apt-get. The worker
/// confinement tests then find bwrap, or report themselves skipped with the reason.
/// </summary>
internal static class BubblewrapPrerequisite
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    /// <summary>What the install script said when it did not leave bwrap installed; null otherwise.</summary>
    public static string? InstallOutput { get; private set; }

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "A test assembly: the install must run before xunit discovers (and decides to skip) the confinement facts.")]
    internal static void Install()
    {
        var script = Path.Join(AppContext.BaseDirectory, "prerequisites", "install-bubblewrap.sh");
        if (!OperatingSystem.IsLinux() || OnPath("bwrap") || !File.Exists(script) || !OnPath("bash"))
        {
            return;
        }

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(InstallTimeout))
            {
                process.Kill(entireProcessTree: true);
            }

            if (!OnPath("bwrap"))
            {
                InstallOutput = $"{output.Result}{error.Result}".Trim();
            }
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            InstallOutput = exception.Message;
        }
    }

    private static bool OnPath(string name) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Join(directory, name)));
}
