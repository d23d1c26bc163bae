using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Builds;

/// <summary>
/// A server for build tests: a generous compile limit (builds compile many functions, and under a loaded machine a
/// compile can pass the default 10 s), one compile at a time (so a build of many functions stays building long enough
/// to be seen), and a small bundle limit so a bundle over it is cheap to send.
/// </summary>
public sealed class BuildsFactory() : ScriptHostFactory(new Dictionary<string, string>
{
    ["ScriptHost:CompileTimeoutMs"] = "60000",
    ["ScriptHost:MaxBundleBytes"] = MaxBundleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["ScriptHost:Builds:MaxParallelCompiles"] = "1",
})
{
    public const int MaxBundleBytes = 256 * 1024;
}
