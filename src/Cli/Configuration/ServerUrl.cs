using ScriptHost.Cli.Hosting;

namespace ScriptHost.Cli.Configuration;

/// <summary>
/// The one spelling of a server's URL, so <c>http://Host:5000/</c> and <c>http://host:5000</c> find the same stored
/// key: scheme and host lower-case, no trailing slash.
/// </summary>
internal static class ServerUrl
{
    public static string Normalize(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException($"'{url}' is not a server URL: use http(s)://host[:port], e.g. http://localhost:5000.", ExitCodes.Usage);
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
