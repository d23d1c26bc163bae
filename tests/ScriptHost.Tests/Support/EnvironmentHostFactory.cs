namespace ScriptHost.Tests.Support;

/// <summary>A server that also serves environments by host name, under <see cref="Suffix"/>.</summary>
public sealed class EnvironmentHostFactory() : ScriptHostFactory(new Dictionary<string, string>
{
    ["ScriptHost:EnvironmentHostSuffix"] = Suffix,
})
{
    public const string Suffix = "fn.example.com";
}
