using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ScriptHost.TestSupport.Browsers;

namespace ScriptHost.WebConsole.Tests.Support;

/// <summary>
/// Installs Debian's chromium and chromium-driver before any test of this assembly is discovered (CI is a clean Debian
/// machine, run as root), so the <see cref="ChromiumFactAttribute"/> tests find them, or say why not.
/// </summary>
internal static class ChromiumInstall
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "A test assembly: the install must run before xunit discovers (and decides to skip) the browser facts.")]
    internal static void Install() => ChromiumPrerequisite.EnsureInstalled();
}
