namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// A dotted path that picks out namespaces, types and members below a library namespace: <c>Utf8StringWriter</c>,
/// <c>Sender.Configure</c>, <c>Sender.Send(object)</c>, <c>Internal.**</c>, <c>**.ToJson(object)</c>. <c>*</c> is one
/// name, <c>**</c> any run of names (none included). Without a parameter list a pattern also takes everything inside
/// what it names (a type's members and nested types, a namespace's types); with one it names that overload only. A
/// name without a generic arity (<c>Page</c>) matches every arity (<c>Page`1</c>); constructors are <c>.ctor</c>.
/// </summary>
internal sealed class PathPattern
{
    private const string AnyName = "*";
    private const string AnyRun = "**";

    private readonly string[] _segments;

    private PathPattern(string written, string[] segments, string? parameters, int line)
    {
        Written = written;
        _segments = segments;
        Parameters = parameters;
        Line = line;
    }

    /// <summary>The pattern as the allowlist writes it.</summary>
    public string Written { get; }

    /// <summary>The one overload's parameter types as written between the parentheses, or null for every overload.</summary>
    public string? Parameters { get; }

    public int Line { get; }

    /// <summary>Reads <paramref name="text"/>; throws <see cref="FormatException"/> for a malformed pattern.</summary>
    public static PathPattern Parse(string text, int line)
    {
        var path = text;
        string? parameters = null;
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            if (!text.EndsWith(')'))
            {
                throw new FormatException($"'{text}' has an unclosed parameter list");
            }

            path = text[..open].Trim();
            parameters = PolicyDisplay.NormaliseParameterList(text[(open + 1)..^1]);
        }

        // "Client..ctor": the dot that starts a constructor's name is not a separator.
        var segments = path.Replace("..ctor", ".#ctor", StringComparison.Ordinal).Replace("..cctor", ".#cctor", StringComparison.Ordinal)
            .Split('.')
            .Select(s => s.StartsWith('#') ? "." + s[1..] : s)
            .ToArray();
        if (segments.Any(s => s.Length == 0 || s.Contains(' ', StringComparison.Ordinal) || (s.Contains('*', StringComparison.Ordinal) && s is not (AnyName or AnyRun))))
        {
            throw new FormatException($"'{text}' is not a dotted path of names, '*' and '**'");
        }

        if (parameters is not null && segments[^1] is AnyName or AnyRun)
        {
            throw new FormatException($"'{text}' gives parameters to a wildcard");
        }

        return new PathPattern(text, segments, parameters, line);
    }

    /// <summary>
    /// Whether the pattern picks out <paramref name="path"/> (names below the library namespace, a member's last):
    /// the path itself or, without a parameter list, anything inside it. <paramref name="parameters"/> is the member's
    /// parameter list as <see cref="PolicyDisplay.ParameterList"/> spells it, or null for a namespace or type.
    /// </summary>
    public bool Matches(IReadOnlyList<string> path, string? parameters) =>
        Parameters is null
            ? MatchesFrom(0, path, 0, whole: false)
            : parameters == Parameters && MatchesFrom(0, path, 0, whole: true);

    /// <summary>Whether the pattern names <paramref name="path"/> itself, not something inside it.</summary>
    public bool MatchesExactly(IReadOnlyList<string> path) => MatchesFrom(0, path, 0, whole: true);

    public override string ToString() => Written;

    /// <summary>
    /// Whether the segments from <paramref name="segment"/> on match <paramref name="path"/> from
    /// <paramref name="position"/>: to its end when <paramref name="whole"/>, else any prefix of what is left.
    /// </summary>
    private bool MatchesFrom(int segment, IReadOnlyList<string> path, int position, bool whole)
    {
        if (segment == _segments.Length)
        {
            return !whole || position == path.Count;
        }

        if (_segments[segment] == AnyRun)
        {
            for (var next = position; next <= path.Count; next++)
            {
                if (MatchesFrom(segment + 1, path, next, whole))
                {
                    return true;
                }
            }

            return false;
        }

        return position < path.Count && NameMatches(_segments[segment], path[position]) && MatchesFrom(segment + 1, path, position + 1, whole);
    }

    private static bool NameMatches(string pattern, string name)
    {
        if (pattern == AnyName || pattern == name)
        {
            return true;
        }

        // "Page" takes "Page`1" too: an exclusion written without an arity errs towards taking out more.
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick > 0 && !pattern.Contains('`', StringComparison.Ordinal) && name.AsSpan(0, tick).SequenceEqual(pattern);
    }
}
