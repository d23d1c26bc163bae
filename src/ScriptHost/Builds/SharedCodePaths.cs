using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Builds;

/// <summary>
/// The one conversion between a shared-code file's path as bundles, the compiler and diagnostics spell it
/// (<c>lib/x.cs</c>, <see cref="SharedCodeRules"/>) and as the store keeps it (<c>/lib/x.cs</c>,
/// <see cref="SharedCodePath"/>). The compiler's rule decides what is valid; the two rules agree (a test holds them to it).
/// </summary>
internal static class SharedCodePaths
{
    public static string ToStored(string bundlePath) => "/" + bundlePath;

    public static string ToBundle(string storedPath) => storedPath.StartsWith('/') ? storedPath[1..] : storedPath;
}
