namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Reads the allowlist's line format: <c>[section]</c>, <c>namespace N</c>, type lines indented by 4, member lines
/// indented by 8; in a <c>[library Name]</c> section also <c>namespace N **</c> with exclusion lines (<c>-Path</c>)
/// indented by 4. See the header of <c>allowlist.txt</c>.
/// </summary>
internal static class AllowlistParser
{
    private const int TypeIndent = 4;
    private const int MemberIndent = 8;
    private const string LibraryHeader = "[library ";
    private const string NamespaceKeyword = "namespace ";
    private const string WholeNamespaceSuffix = " **";
    private const string RequiredArgumentDirective = "required-argument ";
    /// <summary>The directive, and the name its refusals' hint has in refusal-hints.txt.</summary>
    public const string JsonTextArgumentsDirective = "json-text-arguments";

    public static (IReadOnlyList<AllowlistEntry> Entries, IReadOnlyList<LibrarySection> Libraries) Parse(string text)
    {
        var entries = new List<AllowlistEntry>();
        var libraries = new List<LibrarySection>();
        AllowlistSection? section = null;
        PendingLibrary? library = null;
        string? currentNamespace = null;
        PendingNamespace? wholeNamespace = null;
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
                FlushType();
                FlushNamespace();
                currentNamespace = null;
                if (content is "[scripts]" or "[compiler]")
                {
                    FlushLibrary();
                    section = content == "[scripts]" ? AllowlistSection.Scripts : AllowlistSection.Compiler;
                }
                else if (content.StartsWith(LibraryHeader, StringComparison.Ordinal) && content.EndsWith(']'))
                {
                    FlushLibrary();
                    var name = content[LibraryHeader.Length..^1].Trim();
                    if (name.Length == 0 || name.Contains(' ', StringComparison.Ordinal) || libraries.Exists(l => l.AssemblyName == name))
                    {
                        throw Error(lineNumber, $"'{content}' does not name a new library (its assembly's simple name)");
                    }

                    section = AllowlistSection.Library;
                    library = new PendingLibrary(name, lineNumber);
                }
                else if (content.StartsWith(NamespaceKeyword, StringComparison.Ordinal) && content.EndsWith(WholeNamespaceSuffix, StringComparison.Ordinal))
                {
                    if (library is null)
                    {
                        throw Error(lineNumber, "'namespace N **' belongs in a '[library Name]' section; the framework is listed type by type");
                    }

                    var ns = content[NamespaceKeyword.Length..^WholeNamespaceSuffix.Length].Trim();
                    if (library.Namespaces.Find(n => IsWithin(ns, n.Namespace) || IsWithin(n.Namespace, ns)) is { } overlapping)
                    {
                        throw Error(lineNumber, $"'namespace {ns} **' overlaps 'namespace {overlapping.Namespace} **' (line {overlapping.Line}); take things out with exclusions instead");
                    }

                    wholeNamespace = new PendingNamespace(ns, lineNumber);
                }
                else if (content.StartsWith(NamespaceKeyword, StringComparison.Ordinal))
                {
                    currentNamespace = content[NamespaceKeyword.Length..].Trim();
                }
                else if (library is not null && content.StartsWith(RequiredArgumentDirective, StringComparison.Ordinal))
                {
                    var type = content[RequiredArgumentDirective.Length..].Trim();
                    if (type.Length == 0 || type.Contains(' ', StringComparison.Ordinal))
                    {
                        throw Error(lineNumber, $"'{content}' does not name one type");
                    }

                    library.RequiredArguments.Add(type);
                }
                else if (library is not null && content == JsonTextArgumentsDirective)
                {
                    library.JsonTextArguments = true;
                }
                else
                {
                    throw Error(lineNumber, $"expected '[scripts]', '[compiler]', '[library Name]', 'namespace' or a library directive, found '{content}'");
                }
            }
            else if (indent == TypeIndent && wholeNamespace is not null)
            {
                if (!content.StartsWith('-'))
                {
                    throw Error(lineNumber, $"under 'namespace {wholeNamespace.Namespace} **' only exclusions ('-Path') may follow");
                }

                wholeNamespace.Exclusions.Add(ParsePath(content[1..], lineNumber));
            }
            else if (indent == TypeIndent)
            {
                FlushType();
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

        FlushType();
        FlushNamespace();
        FlushLibrary();
        return (entries, libraries);

        void FlushType()
        {
            if (pending is not null)
            {
                var entry = new AllowlistEntry(
                    pending.Section, pending.Namespace, pending.Name, pending.AllMembers, pending.Members, pending.Exclusions, pending.Line);
                (library is null ? entries : library.Types).Add(entry);
                pending = null;
            }
        }

        void FlushNamespace()
        {
            if (wholeNamespace is not null)
            {
                library!.Namespaces.Add(new LibraryNamespace(wholeNamespace.Namespace, wholeNamespace.Exclusions, wholeNamespace.Line));
                wholeNamespace = null;
            }
        }

        void FlushLibrary()
        {
            if (library is not null)
            {
                libraries.Add(new LibrarySection(
                    library.Name, library.Namespaces, library.Types, library.RequiredArguments, library.JsonTextArguments, library.Line));
                library = null;
            }
        }
    }

    /// <summary>Whether namespace <paramref name="inner"/> is <paramref name="outer"/> or below it.</summary>
    private static bool IsWithin(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer + ".", StringComparison.Ordinal);

    private static PathPattern ParsePath(string content, int lineNumber)
    {
        try
        {
            return PathPattern.Parse(content.Trim(), lineNumber);
        }
        catch (FormatException error)
        {
            throw Error(lineNumber, error.Message);
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

    private sealed record PendingNamespace(string Namespace, int Line)
    {
        public List<PathPattern> Exclusions { get; } = [];
    }

    private sealed record PendingLibrary(string Name, int Line)
    {
        public List<LibraryNamespace> Namespaces { get; } = [];

        public List<AllowlistEntry> Types { get; } = [];

        public List<string> RequiredArguments { get; } = [];

        public bool JsonTextArguments { get; set; }
    }
}
