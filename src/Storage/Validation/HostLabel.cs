namespace ScriptHost.Storage.Validation;

/// <summary>
/// The DNS label an environment is served under when the host has an environment host suffix:
/// <c>{service}</c> for production, <c>{service}-{environment}</c> for the others. Service and environment names both
/// allow '-', so two pairs could share a label ("a-b" + "c" and "a" + "b-c"); the store refuses to create a service or
/// an environment whose label is taken, which keeps "label → (service, environment)" a lookup with one answer.
/// </summary>
public static class HostLabel
{
    /// <summary>The longest label DNS allows; a longer one is still unique but cannot be served by host name.</summary>
    public const int MaxDnsLength = 63;

    public static string Of(string service, string environment)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(environment);
        return environment == EnvironmentName.Production ? service : service + "-" + environment;
    }

    /// <summary>True when <paramref name="label"/> can be the first label of a host name.</summary>
    public static bool FitsDns(string label) => label.Length is > 0 and <= MaxDnsLength;
}
