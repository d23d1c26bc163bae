using System.Text.RegularExpressions;

namespace ScriptHost.Api.Contracts.Templates;

/// <summary>
/// The header every sample in <c>scripts-samples/</c> opens with — its leading <c>//</c> lines, read as one paragraph:
/// a first sentence naming it, what it does, <c>Point at it:</c> (which webhook), <c>Environment:</c> (the variables it
/// reads; words in parentheses explain them) and <c>Deploy with visibility "…"</c>. The one definition of that format:
/// the server's template gallery, the CLI and the sample tests all read headers with it.
/// </summary>
public sealed partial record TemplateHeader(
    string Title, string Description, string PointAtIt, string Visibility, IReadOnlyList<string> Variables)
{
    private const string PointAtItLabel = "Point at it:";
    private const string EnvironmentLabel = "Environment:";

    /// <summary>The header of <paramref name="source"/>, or why it does not have one in this format.</summary>
    public static TemplateHeader? Parse(string source, out string? error)
    {
        var text = string.Join(' ', source.ReplaceLineEndings("\n").Split('\n')
            .TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line[2..].Trim()));
        var pointAt = text.IndexOf(PointAtItLabel, StringComparison.Ordinal);
        var environment = text.IndexOf(EnvironmentLabel, StringComparison.Ordinal);
        var deploy = DeployVisibility().Match(text);
        var titleEnd = text.IndexOf(". ", StringComparison.Ordinal);
        error = (pointAt, environment, deploy.Success) switch
        {
            (< 0, _, _) => $"no '{PointAtItLabel}' in the header",
            (_, < 0, _) => $"no '{EnvironmentLabel}' in the header",
            (_, _, false) => "no 'Deploy with visibility \"public|protected|private\"' in the header",
            _ when !(pointAt < environment && environment < deploy.Index) => $"the header must say '{PointAtItLabel}', then '{EnvironmentLabel}', then 'Deploy with visibility'",
            _ when titleEnd < 0 || titleEnd > pointAt => "the header must open with a sentence naming the sample",
            _ => null,
        };
        if (error is not null)
        {
            return null;
        }

        var variablesText = Parenthesised().Replace(text[(environment + EnvironmentLabel.Length)..deploy.Index], string.Empty);
        return new TemplateHeader(
            text[..(titleEnd + 1)].Trim(),
            text[(titleEnd + 2)..pointAt].Trim(),
            text[(pointAt + PointAtItLabel.Length)..environment].Trim(),
            deploy.Groups["visibility"].Value,
            [.. VariableName().Matches(variablesText).Select(m => m.Value).Distinct(StringComparer.Ordinal)]);
    }

    [GeneratedRegex("Deploy with visibility \"(?<visibility>public|protected|private)\"")]
    private static partial Regex DeployVisibility();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9_]*[A-Z0-9]\b")]
    private static partial Regex VariableName();
}
