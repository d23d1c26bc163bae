namespace ScriptHost.Tests.Support;

/// <summary>
/// A server serving environments by host name behind a trusted proxy (its X-Forwarded-* headers believed) that
/// terminates TLS for <see cref="PublicBaseUrl"/>.
/// </summary>
public sealed class ProxiedEnvironmentHostFactory() : ScriptHostFactory(new Dictionary<string, string>
{
    ["ScriptHost:EnvironmentHostSuffix"] = EnvironmentHostFactory.Suffix,
    ["ScriptHost:PublicBaseUrl"] = PublicBaseUrl,
    ["ScriptHost:TrustedProxies:0"] = "127.0.0.1",
})
{
    public const string PublicBaseUrl = "https://functions.example.com";
}
