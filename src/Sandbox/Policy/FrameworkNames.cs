using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// The names of the public types and namespaces of the whole shared framework, read from the runtime's directory
/// without referencing it: scripts compile against a few of its assemblies only, so the compiler cannot tell
/// <c>System.Net.Http.HttpClient</c> (a framework type functions cannot use) from a typo. Built on first use, which
/// is the first compile error that might name one.
/// </summary>
internal sealed class FrameworkNames
{
    private static readonly Lazy<FrameworkNames> SharedFramework = new(Load);

    private readonly FrozenSet<string> _types;
    private readonly FrozenSet<string> _namespaces;
    private readonly FrozenDictionary<string, string[]> _namespacesBySimpleName;

    private FrameworkNames(IEnumerable<(string Namespace, string Name)> types)
    {
        var typeSet = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        var bySimpleName = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (ns, name) in types)
        {
            typeSet.Add(ns + "." + name);
            if (!bySimpleName.TryGetValue(name, out var containing))
            {
                bySimpleName[name] = containing = new SortedSet<string>(StringComparer.Ordinal);
            }

            containing.Add(ns);
            for (var prefix = ns; prefix.Length > 0; prefix = prefix[..Math.Max(0, prefix.LastIndexOf('.'))])
            {
                namespaces.Add(prefix);
            }
        }

        _types = typeSet.ToFrozenSet(StringComparer.Ordinal);
        _namespaces = namespaces.ToFrozenSet(StringComparer.Ordinal);
        _namespacesBySimpleName = bySimpleName.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The framework the host runs on.</summary>
    public static FrameworkNames Shared => SharedFramework.Value;

    /// <summary>Whether <paramref name="metadataName"/> (<c>System.Net.Http.HttpClient</c>, <c>System.Lazy`1</c>) is a public top-level type.</summary>
    public bool IsType(string metadataName) => _types.Contains(metadataName);

    /// <summary>Whether <paramref name="name"/> is a namespace of the framework or the start of one.</summary>
    public bool IsNamespace(string name) => _namespaces.Contains(name);

    /// <summary>The namespaces that hold a public top-level type of this metadata name (<c>HttpClient</c>, <c>Lazy`1</c>).</summary>
    public IReadOnlyList<string> NamespacesOf(string metadataName) =>
        _namespacesBySimpleName.TryGetValue(metadataName, out var namespaces) ? namespaces : [];

    internal static FrameworkNames FromTypes(IEnumerable<(string Namespace, string Name)> types) => new(types);

    private static FrameworkNames Load()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var files = directory is null ? [] : Directory.EnumerateFiles(directory, "*.dll");
        return new FrameworkNames(files.SelectMany(PublicTypes));
    }

    private static List<(string, string)> PublicTypes(string path)
    {
        var types = new List<(string, string)>();
        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            if (!pe.HasMetadata)
            {
                return types;
            }

            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public && !type.Namespace.IsNil)
                {
                    types.Add((reader.GetString(type.Namespace), reader.GetString(type.Name)));
                }
            }
        }
        catch (BadImageFormatException)
        {
            // A native library beside the managed ones: it names no types.
        }

        return types;
    }
}
