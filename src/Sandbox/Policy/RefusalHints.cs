using System.Collections.Frozen;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// What to use instead of a refused API or feature, read from <c>refusal-hints.txt</c> (data beside the allowlist,
/// so every hint is in one place). Looked up by dotted name; the longest name the refused one starts with wins. A name
/// may hold <c>*</c> (one name) and <c>**</c> (any run of names), for a library's many types alike:
/// <c>Twilio.Rest.**.ToJson</c>.
/// </summary>
internal sealed class RefusalHints
{
    private const string ResourceName = "ScriptHost.Sandbox.Policy.refusal-hints.txt";

    private static readonly Lazy<RefusalHints> EmbeddedHints = new(LoadEmbedded);

    private readonly FrozenDictionary<string, string> _hints;
    private readonly IReadOnlyList<(PathPattern Name, string Hint)> _patterns;

    private RefusalHints(string text, FrozenDictionary<string, string> hints)
    {
        Text = text;
        _hints = hints;
        _patterns = [.. hints.Where(h => h.Key.Contains('*', StringComparison.Ordinal)).Select(h => (PathPattern.Parse(h.Key, 0), h.Value))];
    }

    /// <summary>The hints compiled into this assembly.</summary>
    public static RefusalHints Embedded => EmbeddedHints.Value;

    /// <summary>The hints as written.</summary>
    public string Text { get; }

    /// <summary>Every name that has a hint, for tests that check each still names something.</summary>
    public IEnumerable<string> Names => _hints.Keys;

    /// <summary>Parses the hints file; throws <see cref="FormatException"/> naming a malformed line.</summary>
    public static RefusalHints Parse(string text)
    {
        var hints = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var separator = line.IndexOf(' ', StringComparison.Ordinal);
            if (separator < 0 || !IsName(line[..separator]) || !hints.TryAdd(line[..separator], line[separator..].Trim()))
            {
                throw new FormatException($"refusal-hints.txt line {lineNumber}: expected a new name, then a hint.");
            }
        }

        return new RefusalHints(text, hints.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The hint for <paramref name="dottedName"/> or the nearest namespace or type containing it, if any.</summary>
    public string? For(string dottedName)
    {
        var segments = _patterns.Count > 0 ? dottedName.Split('.') : [];
        var length = segments.Length;
        for (var name = dottedName; name.Length > 0; name = name[..Math.Max(0, name.LastIndexOf('.'))], length--)
        {
            if (_hints.TryGetValue(name, out var hint))
            {
                return hint;
            }

            foreach (var (pattern, patternHint) in _patterns)
            {
                if (pattern.MatchesExactly(new ArraySegment<string>(segments, 0, length)))
                {
                    return patternHint;
                }
            }
        }

        return null;
    }

    /// <summary>The hint for a framework symbol: its namespace, containing types and name, without arity.</summary>
    public string? For(ISymbol symbol) => For(DottedName(symbol));

    /// <summary><c>System.Threading.Tasks.Task.Result</c> for <c>Task&lt;T&gt;.Result</c>; a constructor is its type.</summary>
    public static string DottedName(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { AssociatedSymbol: { } property })
        {
            symbol = property;
        }

        var parts = new List<string>();
        if (symbol is not INamedTypeSymbol and not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor })
        {
            parts.Add(symbol.Name);
        }

        for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            parts.Add(type.Name);
        }

        var builder = new StringBuilder();
        if (symbol.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        parts.Reverse();
        return builder.Append(string.Join('.', parts)).ToString();
    }

    /// <summary>A dotted name, or a pattern of names, <c>*</c> and <c>**</c>.</summary>
    private static bool IsName(string name)
    {
        if (!name.Contains('*', StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            PathPattern.Parse(name, 0);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static RefusalHints LoadEmbedded()
    {
        using var stream = typeof(RefusalHints).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
