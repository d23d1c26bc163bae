namespace ScriptHost.Tests.Support;

/// <summary>A server whose functions may answer at most 64 KB, so the response limit is cheap to reach.</summary>
public sealed class SmallResponseLimitFactory() : ScriptHostFactory(new Dictionary<string, string>
{
    ["ScriptHost:MaxResponseBytes"] = MaxResponseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public const int MaxResponseBytes = 64 * 1024;
}
