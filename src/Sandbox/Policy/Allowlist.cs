using System.Security.Cryptography;
using System.Text;

namespace ScriptHost.Sandbox.Policy;

/// <summary>The allowlist as written in <c>allowlist.txt</c>: parsed, not yet resolved against assemblies.</summary>
internal sealed class Allowlist
{
    private const string ResourceName = "ScriptHost.Sandbox.Policy.allowlist.txt";

    private static readonly Lazy<Allowlist> EmbeddedAllowlist = new(LoadEmbedded);

    private Allowlist(string text, IReadOnlyList<AllowlistEntry> entries, IReadOnlyList<LibrarySection> libraries)
    {
        Text = text;
        Entries = entries;
        Libraries = libraries;

        // A hash of the data, so any change to what is allowed gives every cached script a new key.
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))))[..16];
    }

    /// <summary>The allowlist compiled into this assembly.</summary>
    public static Allowlist Embedded => EmbeddedAllowlist.Value;

    public string Text { get; }

    /// <summary>The type lines of the framework sections, <c>[scripts]</c> and <c>[compiler]</c>.</summary>
    public IReadOnlyList<AllowlistEntry> Entries { get; }

    /// <summary>The <c>[library Name]</c> sections.</summary>
    public IReadOnlyList<LibrarySection> Libraries { get; }

    public string Version { get; }

    /// <summary>Parses allowlist text; throws <see cref="FormatException"/> naming the line of a malformed entry.</summary>
    public static Allowlist Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (entries, libraries) = AllowlistParser.Parse(text);
        return new Allowlist(text, entries, libraries);
    }

    private static Allowlist LoadEmbedded()
    {
        using var stream = typeof(Allowlist).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
