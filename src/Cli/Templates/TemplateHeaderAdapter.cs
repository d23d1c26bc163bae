using System.Text.RegularExpressions;

namespace ScriptHost.Cli.Templates;

/// <summary>
/// ADAPTER, TO REPLACE AFTER MERGE: the samples' header format has one definition, today
/// src/ScriptHost/Templates/SampleHeader.cs, being moved to <c>ScriptHost.Api.Contracts.Templates.TemplateHeader</c>.
/// Once that project is on main, reference it from Cli.csproj and make <see cref="Read"/> a one-line mapping of
/// <c>TemplateHeader.Parse(source, out _)</c> (Title, Description, Visibility, Variables), deleting the regexes below.
/// Until then this reads only the three things the commands need, deliberately loosely (it is not the format's rule
/// and validates nothing; the sample tests hold every sample to the real parser).
/// </summary>
internal static partial class TemplateHeaderAdapter
{
    public static TemplateSummary Read(string source)
    {
        var header = string.Join(' ', source.ReplaceLineEndings("\n").Split('\n')
            .TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line[2..].Trim()));
        var titleEnd = header.IndexOf(". ", StringComparison.Ordinal);
        var pointAt = header.IndexOf("Point at it:", StringComparison.Ordinal);
        var environment = EnvironmentSection().Match(header);
        var visibility = DeployVisibility().Match(header);
        return new TemplateSummary(
            titleEnd < 0 ? header : header[..(titleEnd + 1)],
            titleEnd < 0 || pointAt < titleEnd ? string.Empty : header[(titleEnd + 2)..pointAt].Trim(),
            visibility.Success ? visibility.Groups["visibility"].Value : "public",
            [.. VariableName().Matches(Parenthesised().Replace(environment.Groups["variables"].Value, string.Empty)).Select(match => match.Value).Distinct(StringComparer.Ordinal)]);
    }

    [GeneratedRegex("Environment:(?<variables>.*?)Deploy with visibility")]
    private static partial Regex EnvironmentSection();

    [GeneratedRegex("Deploy with visibility \"(?<visibility>public|protected|private)\"")]
    private static partial Regex DeployVisibility();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9_]*[A-Z0-9]\b")]
    private static partial Regex VariableName();
}
