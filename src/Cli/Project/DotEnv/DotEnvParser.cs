using System.Text;
using System.Text.RegularExpressions;
using ScriptHost.Cli.Hosting;

namespace ScriptHost.Cli.Project.DotEnv;

/// <summary>
/// Reads <c>.env</c> text: <c>KEY=value</c> lines; blank lines and <c># comments</c> skipped; an optional
/// <c>export </c> prefix; values unquoted (trimmed, a <c> #</c> starts a comment), single-quoted (literal) or
/// double-quoted (<c>\n \r \t \" \\</c> escapes, may span lines, e.g. a PEM key). No <c>$VAR</c> expansion: a value
/// is sent as written. Our own ~80 lines rather than DotNetEnv (served here): that one expands <c>$VAR</c> from the
/// process environment and brings a parser-combinator dependency, and the variables go to a server, not to this process.
/// The last definition of a name wins, as in a shell.
/// </summary>
internal static partial class DotEnvParser
{
    public static IReadOnlyDictionary<string, string> Parse(string text, string fileName)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].TrimStart('\uFEFF').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var match = Assignment().Match(line);
            if (!match.Success)
            {
                throw new CliException($"{fileName}:{lineNumber}: expected NAME=value (a name of letters, digits and '_', not starting with a digit).");
            }

            var rest = match.Groups["rest"].Value.TrimStart();
            string value;
            if (rest.StartsWith('"'))
            {
                (value, index) = DoubleQuoted(lines, index, rest, fileName, lineNumber);
            }
            else if (rest.StartsWith('\''))
            {
                var close = rest.IndexOf('\'', 1);
                if (close < 0)
                {
                    throw new CliException($"{fileName}:{lineNumber}: the single-quoted value has no closing quote.");
                }

                value = rest[1..close];
            }
            else
            {
                var comment = InlineComment().Match(rest);
                value = (comment.Success ? rest[..comment.Index] : rest).Trim();
            }

            variables[match.Groups["name"].Value] = value;
        }

        return variables;
    }

    private static (string Value, int LastLine) DoubleQuoted(string[] lines, int index, string rest, string fileName, int lineNumber)
    {
        var value = new StringBuilder();
        var text = rest[1..];
        while (true)
        {
            for (var position = 0; position < text.Length; position++)
            {
                var character = text[position];
                if (character == '"')
                {
                    return (value.ToString(), index);
                }

                if (character == '\\' && position + 1 < text.Length)
                {
                    position++;
                    value.Append(text[position] switch
                    {
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        var other => other,
                    });
                    continue;
                }

                value.Append(character);
            }

            if (++index >= lines.Length)
            {
                throw new CliException($"{fileName}:{lineNumber}: the double-quoted value has no closing quote.");
            }

            value.Append('\n');
            text = lines[index];
        }
    }

    [GeneratedRegex(@"^(?:export\s+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=(?<rest>.*)$")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\s#")]
    private static partial Regex InlineComment();
}
