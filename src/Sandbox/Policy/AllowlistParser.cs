namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Reads the allowlist's line format: <c>[section]</c>, <c>namespace N</c>, type lines indented by 4, member lines
/// indented by 8. See the header of <c>allowlist.txt</c>.
/// </summary>
internal static class AllowlistParser
{
    private const int TypeIndent = 4;
    private const int MemberIndent = 8;

    public static IReadOnlyList<AllowlistEntry> Parse(string text)
    {
        var entries = new List<AllowlistEntry>();
        AllowlistSection? section = null;
        string? currentNamespace = null;
        PendingType? pending = null;
        var lineNumber = 0;

        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var commentStart = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (commentStart >= 0 ? rawLine[..commentStart] : rawLine).TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            var content = line.Trim();
            if (indent == 0)
            {
                Flush();
                if (content is "[scripts]" or "[compiler]")
                {
                    section = content == "[scripts]" ? AllowlistSection.Scripts : AllowlistSection.Compiler;
                    currentNamespace = null;
                }
                else if (content.StartsWith("namespace ", StringComparison.Ordinal))
                {
                    currentNamespace = content["namespace ".Length..].Trim();
                }
                else
                {
                    throw Error(lineNumber, $"expected '[scripts]', '[compiler]' or 'namespace', found '{content}'");
                }
            }
            else if (indent == TypeIndent)
            {
                Flush();
                if (section is null || currentNamespace is null)
                {
                    throw Error(lineNumber, "a type line must follow a section and a namespace line");
                }

                var all = content.EndsWith(" *", StringComparison.Ordinal);
                var name = all ? content[..^2].Trim() : content;
                if (name.Contains(' ', StringComparison.Ordinal) || name.Contains('(', StringComparison.Ordinal))
                {
                    throw Error(lineNumber, $"'{content}' is not a type name, optionally followed by ' *'");
                }

                pending = new PendingType(section.Value, currentNamespace, name, all, lineNumber);
            }
            else if (indent == MemberIndent)
            {
                if (pending is null)
                {
                    throw Error(lineNumber, "a member line must follow a type line");
                }

                var excluded = content.StartsWith('-');
                var pattern = ParseMember(excluded ? content[1..] : content, lineNumber);
                if (excluded && !pending.AllMembers)
                {
                    throw Error(lineNumber, "'-Member' takes a member out of 'Type *'; list members instead");
                }

                (excluded ? pending.Exclusions : pending.Members).Add(pattern);
            }
            else
            {
                throw Error(lineNumber, $"indent by 0, {TypeIndent} or {MemberIndent} spaces, not {indent}");
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (pending is not null)
            {
                entries.Add(new AllowlistEntry(
                    pending.Section, pending.Namespace, pending.Name, pending.AllMembers, pending.Members, pending.Exclusions, pending.Line));
                pending = null;
            }
        }
    }

    private static MemberPattern ParseMember(string content, int lineNumber)
    {
        var open = content.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return content.Contains(' ', StringComparison.Ordinal)
                ? throw Error(lineNumber, $"'{content}' is not a member name")
                : new MemberPattern(content, null, lineNumber);
        }

        if (!content.EndsWith(')'))
        {
            throw Error(lineNumber, $"'{content}' has an unclosed parameter list");
        }

        return new MemberPattern(content[..open].Trim(), content[(open + 1)..^1].Trim(), lineNumber);
    }

    private static FormatException Error(int line, string message) => new($"allowlist.txt line {line}: {message}.");

    private sealed record PendingType(AllowlistSection Section, string Namespace, string Name, bool AllMembers, int Line)
    {
        public List<MemberPattern> Members { get; } = [];

        public List<MemberPattern> Exclusions { get; } = [];
    }
}
