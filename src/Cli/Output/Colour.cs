namespace ScriptHost.Cli.Output;

/// <summary>The few ANSI styles the tool uses, applied only when the terminal takes colour.</summary>
internal static class Colour
{
    private const string Reset = "\u001b[0m";

    public static string Bold(string text, bool enabled) => Wrap("\u001b[1m", text, enabled);

    public static string Red(string text, bool enabled) => Wrap("\u001b[31m", text, enabled);

    public static string Green(string text, bool enabled) => Wrap("\u001b[32m", text, enabled);

    public static string Yellow(string text, bool enabled) => Wrap("\u001b[33m", text, enabled);

    public static string Dim(string text, bool enabled) => Wrap("\u001b[2m", text, enabled);

    private static string Wrap(string style, string text, bool enabled) => enabled ? style + text + Reset : text;
}
