namespace ScriptHost.Cli.Project.DotEnv;

/// <summary>
/// The one rule for which variables the tool stores as secret (never shown back by the server): a name containing
/// TOKEN, SECRET, KEY or PASSWORD, in any case — <c>TWILIO_AUTH_TOKEN</c>, <c>STRIPE_SECRET</c>, <c>API_KEY</c>.
/// </summary>
internal static class SecretNames
{
    private static readonly string[] s_markers = ["TOKEN", "SECRET", "KEY", "PASSWORD"];

    public static bool IsSecret(string name) =>
        s_markers.Any(marker => name.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
