using EnvironmentName = ScriptHost.Storage.Validation.EnvironmentName;

namespace ScriptHost.Serving;

/// <summary>
/// The one parser for the first segment of a function URL: <c>name</c> (production) or <c>name@env</c>. Service names
/// cannot contain <c>@</c>, so the split is never ambiguous.
/// </summary>
internal readonly record struct ServiceAddress(string Service, string Environment)
{
    public const char Separator = '@';

    public static ServiceAddress Parse(string segment)
    {
        var at = segment.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0
            ? new ServiceAddress(segment, EnvironmentName.Production)
            : new ServiceAddress(segment[..at], segment[(at + 1)..]);
    }

    /// <summary>The URL segment that addresses <paramref name="environment"/> of <paramref name="service"/>.</summary>
    public static string Format(string service, string environment) =>
        environment == EnvironmentName.Production ? service : service + Separator + environment;

    public override string ToString() => Format(Service, Environment);
}
