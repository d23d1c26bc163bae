using System.Text.RegularExpressions;

namespace ScriptHost.Cli.Output;

/// <summary>Every failure reaches the user the same way: one line, <c>error: …</c>, on stderr.</summary>
internal static partial class ErrorWriter
{
    public static void Write(Terminal terminal, string message)
    {
        var oneLine = Whitespace().Replace(message, " ").Trim();
        terminal.Error.WriteLine($"{Colour.Red("error:", terminal.UseErrorColour)} {oneLine}");
    }

    public static void Warn(Terminal terminal, string message) =>
        terminal.Error.WriteLine($"{Colour.Yellow("warning:", terminal.UseErrorColour)} {Whitespace().Replace(message, " ").Trim()}");

    // Line breaks and tabs (System.CommandLine puts tabs in some messages) would break the one-line rule.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
