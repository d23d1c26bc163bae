namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// Rewrites a generated URL's port for the test cases, independently of <c>WebhookUrlSpellings</c> (the code under
/// test) on purpose.
/// </summary>
internal static class GeneratedUrlPorts
{
    public static string WithoutPort(string url)
    {
        var uri = Split(url);
        return uri.Port is null ? url : uri.Prefix + uri.Host + uri.Remainder;
    }

    public static string WithDefaultPort(string url)
    {
        var uri = Split(url);
        var defaultPort = uri.Prefix.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? ":443" : ":80";
        return uri.Port is null ? uri.Prefix + uri.Host + defaultPort + uri.Remainder : url;
    }

    // Generated URLs are scheme://[userinfo@]host[:port][/...]; the host may be a bracketed IPv6 literal.
    private static (string Prefix, string Host, string? Port, string Remainder) Split(string url)
    {
        var authorityStart = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        authorityEnd = authorityEnd < 0 ? url.Length : authorityEnd;
        var authority = url[authorityStart..authorityEnd];
        var hostStart = authority.LastIndexOf('@') + 1;
        var hostAndPort = authority[hostStart..];
        var portStart = hostAndPort.IndexOf(':', hostAndPort.LastIndexOf(']') + 1);
        return (
            url[..(authorityStart + hostStart)],
            portStart < 0 ? hostAndPort : hostAndPort[..portStart],
            portStart < 0 ? null : hostAndPort[portStart..],
            url[authorityEnd..]);
    }
}
