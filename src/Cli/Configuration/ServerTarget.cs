namespace ScriptHost.Cli.Configuration;

/// <summary>
/// Which server, which service and which key a command uses, each with where it came from (printed by commands that
/// explain themselves, and in errors such as "no key for http://…").
/// </summary>
internal sealed record ServerTarget(
    string? Url,
    string? UrlSource,
    string? Service,
    string? ServiceSource,
    string? Key,
    string? KeySource,
    string? SettingsFile);
