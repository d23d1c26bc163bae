using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.LocalServer;
using ScriptHost.Cli.Project;

namespace ScriptHost.Cli.Configuration;

/// <summary>
/// The one place that decides server, service and key. URL and service: the <c>--url</c> / <c>--service</c> options,
/// then <c>SCRIPTHOST_URL</c> / <c>SCRIPTHOST_SERVICE</c>, then the nearest <c>scripthost.json</c>. Key:
/// <c>SCRIPTHOST_KEY</c>, then the key <c>scripthost login</c> stored for that URL. Nothing is required here; the
/// <c>Require…</c> helpers say what is missing and how to provide it.
/// </summary>
internal static class ServerTargetResolver
{
    public const string UrlVariable = "SCRIPTHOST_URL";
    public const string ServiceVariable = "SCRIPTHOST_SERVICE";
    public const string KeyVariable = "SCRIPTHOST_KEY";

    public static ServerTarget Resolve(string? urlOption, string? serviceOption, CliEnvironment environment, CredentialStore credentials)
    {
        var settingsFile = ProjectSettingsFile.Find(environment.CurrentDirectory);
        var settings = settingsFile is null ? new ProjectSettings(null, null) : ProjectSettingsFile.Read(settingsFile);

        var (url, urlSource) = First(
            (urlOption, "--url"),
            (environment.Get(UrlVariable), UrlVariable),
            (settings.Url, settingsFile));
        var (service, serviceSource) = First(
            (serviceOption, "--service"),
            (environment.Get(ServiceVariable), ServiceVariable),
            (settings.Service, settingsFile));
        url = url is null ? null : ServerUrl.Normalize(url);
        var (key, keySource) = First(
            (environment.Get(KeyVariable), KeyVariable),
            (url is null ? null : credentials.Find(url), credentials.Path));
        return new ServerTarget(url, urlSource, service, serviceSource, key, keySource, settingsFile);
    }

    /// <summary>With <c>--local</c>: the server a running <c>scripthost start</c> serves this folder with, and nothing else.</summary>
    public static ServerTarget Local(CliEnvironment environment)
    {
        var root = ProjectRoot.Find(environment.CurrentDirectory);
        var session = LocalSession.Read(root)
            ?? throw new CliException($"--local: no 'scripthost start' is running for {root}; start it first (in another terminal).");
        var source = LocalSession.PathIn(root);
        return new ServerTarget(session.Url, source, session.Service, source, session.Key, source, ProjectSettingsFile.Find(environment.CurrentDirectory));
    }

    public static string RequireUrl(ServerTarget target) => target.Url
        ?? throw new CliException($"no server URL: pass --url, set {UrlVariable}, or add \"url\" to {ProjectSettings.FileName}.");

    public static string RequireService(ServerTarget target) => target.Service
        ?? throw new CliException($"no service: pass --service, set {ServiceVariable}, or add \"service\" to {ProjectSettings.FileName}.");

    public static string RequireKey(ServerTarget target) => target.Key
        ?? throw new CliException($"no key for {RequireUrl(target)}: run 'scripthost login --url {target.Url}' or set {KeyVariable}.");

    private static (string? Value, string? Source) First(params (string? Value, string? Source)[] candidates) =>
        candidates.FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate.Value)) is { Value: not null } found ? found : (null, null);
}
