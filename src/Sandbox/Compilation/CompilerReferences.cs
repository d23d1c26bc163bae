using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// The metadata references every script compiles against, built once per process. Only the framework assemblies
/// that hold allowlisted types are referenced, plus the API and library assemblies: a smaller reference set binds faster
/// and leaves nothing else for a script to even name.
/// </summary>
internal static class CompilerReferences
{
    /// <summary>Framework assemblies (by simple name) whose types the allowlist draws on.</summary>
    private static readonly string[] FrameworkAssemblies =
    [
        "System.Private.CoreLib",
        "System.Private.Uri",
        "System.Runtime",
        "System.Collections",
        "System.Linq",
        "System.Memory",
        "System.Text.Json",
        "System.Text.RegularExpressions",
        "System.Text.Encodings.Web",
        "System.Runtime.Numerics",
        "System.Collections.Specialized",
        // LINQ to XML, for the one type of it scripts name (SaveOptions, of a library's TwiML ToString); the facade
        // is what libraries built against the reference assemblies (Twilio's TwiML) point at.
        "System.Private.Xml.Linq",
        "System.Xml.XDocument",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework);

    // One reference per assembly for the process: compilations that share reference objects share their metadata (a
    // large library is read once), and Roslyn can reuse the symbols it built from them.
    private static readonly ConcurrentDictionary<Assembly, MetadataReference> Assemblies = new();

    /// <summary>The simple names of the framework assemblies scripts compile against.</summary>
    public static IReadOnlyList<string> FrameworkAssemblyNames => FrameworkAssemblies;

    /// <summary>Framework references plus one per distinct API or library assembly.</summary>
    public static ImmutableArray<MetadataReference> For(IEnumerable<Assembly> assemblies)
    {
        var builder = Framework.Value.ToBuilder();
        foreach (var assembly in assemblies.Distinct())
        {
            builder.Add(Assemblies.GetOrAdd(assembly, a => MetadataReference.CreateFromFile(a.Location, documentation: DocumentationBeside(a.Location))));
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The XML documentation beside an assembly (<c>ScriptHost.FunctionApi.xml</c>, <c>Twilio.xml</c>), for the editor's
    /// completion and hover; read only when a symbol's documentation is first asked for, which a compile never does,
    /// so it costs compiles nothing and is no part of any build or key.
    /// </summary>
    private static XmlDocumentationFile? DocumentationBeside(string assemblyPath)
    {
        var xml = Path.ChangeExtension(assemblyPath, ".xml");
        return File.Exists(xml) ? new XmlDocumentationFile(xml) : null;
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("The framework directory could not be located.");
        return [.. FrameworkAssemblies.Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(directory, name + ".dll")))];
    }
}
