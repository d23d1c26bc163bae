using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// The framework sections of the allowlist resolved against the assemblies scripts compile with (library sections are
/// decided lazily, by <see cref="LibraryRules"/>): the documentation ids of every allowed type
/// and member (accessors included, so the IL checker can use the same sets), the entries that matched nothing, and
/// what the report lists.
/// </summary>
internal sealed class ResolvedAllowlist
{
    private static readonly Lazy<ResolvedAllowlist> FrameworkAllowlist = new(() =>
        Resolve(Allowlist.Embedded, CSharpCompilation.Create("AllowlistResolution", references: CompilerReferences.For([]))));

    private ResolvedAllowlist(
        Allowlist source,
        FrozenSet<string> scriptIds,
        FrozenSet<string> anyIds,
        FrozenSet<string> signatureTypeIds,
        IReadOnlyList<string> errors,
        IReadOnlyList<ResolvedType> types)
    {
        Source = source;
        ScriptIds = scriptIds;
        AnyIds = anyIds;
        SignatureTypeIds = signatureTypeIds;
        Errors = errors;
        Types = types;
    }

    private static readonly ConditionalWeakTable<Allowlist, ResolvedAllowlist> Others = [];

    /// <summary>The embedded allowlist resolved against the framework references; built once per process.</summary>
    public static ResolvedAllowlist Framework => FrameworkAllowlist.Value;

    /// <summary><paramref name="allowlist"/> resolved against the framework references, once per allowlist.</summary>
    public static ResolvedAllowlist For(Allowlist allowlist) =>
        allowlist == Allowlist.Embedded
            ? Framework
            : Others.GetValue(allowlist, a => Resolve(a, CSharpCompilation.Create("AllowlistResolution", references: CompilerReferences.For([]))));

    public Allowlist Source { get; }

    /// <summary>Documentation ids (<c>T:</c>, <c>M:</c>, <c>P:</c>, ...) that scripts may name.</summary>
    public FrozenSet<string> ScriptIds { get; }

    /// <summary>Documentation ids that compiled code may reference: the script ids plus compiler infrastructure.</summary>
    public FrozenSet<string> AnyIds { get; }

    /// <summary>
    /// Types that appear in the signatures of allowed members (<c>JsonSerializerOptions</c> in
    /// <c>JsonNode.ToJsonString(JsonSerializerOptions? options = null)</c>). Compiled code references them as
    /// types when it calls such a member; without members of their own allowed, nothing can be done with them.
    /// </summary>
    public FrozenSet<string> SignatureTypeIds { get; }

    /// <summary>Entries that match nothing in the referenced assemblies; empty when the allowlist is sound.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Every allowed type with its allowed members, for the report.</summary>
    public IReadOnlyList<ResolvedType> Types { get; }

    public static ResolvedAllowlist Resolve(Allowlist allowlist, Microsoft.CodeAnalysis.Compilation compilation)
    {
        var scriptIds = new HashSet<string>(StringComparer.Ordinal);
        var anyIds = new HashSet<string>(StringComparer.Ordinal);
        var signatureTypeIds = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        var types = new List<ResolvedType>();

        foreach (var entry in allowlist.Entries)
        {
            var type = compilation.GetTypeByMetadataName(entry.FullMetadataName);
            if (type is null)
            {
                errors.Add($"line {entry.Line}: type '{entry.FullMetadataName}' is not in the referenced assemblies");
                continue;
            }

            var ids = entry.Section == AllowlistSection.Scripts ? scriptIds : null;
            foreach (var exclusion in entry.Exclusions.Where(e => !Members(type, e).Any()))
            {
                errors.Add($"line {exclusion.Line}: '-{exclusion}' matches no member of '{entry.FullMetadataName}'");
            }

            var members = new List<ISymbol>();
            foreach (var pattern in entry.Members)
            {
                var matched = Members(type, pattern).ToList();
                if (matched.Count == 0)
                {
                    errors.Add($"line {pattern.Line}: '{pattern}' matches no member of '{entry.FullMetadataName}'");
                }

                members.AddRange(matched);
            }

            AddType(type, entry.AllMembers ? entry.Exclusions : null, members);

            void AddType(INamedTypeSymbol allowedType, IReadOnlyList<MemberPattern>? allExcept, List<ISymbol> listed)
            {
                Add(allowedType);
                if (allExcept is not null)
                {
                    listed.AddRange(allowedType.GetMembers().Where(m =>
                        m is not INamedTypeSymbol && ScriptVisibility.IsDeclaredVisible(m) && !IsAccessor(m) && !allExcept.Any(e => e.Matches(m))));
                }

                foreach (var member in listed)
                {
                    Add(member);
                    foreach (var accessor in Accessors(member))
                    {
                        Add(accessor);
                    }
                }

                types.Add(new ResolvedType(
                    entry.Section,
                    allowedType.ContainingNamespace.ToDisplayString(),
                    PolicyDisplay.Describe(allowedType),
                    allExcept is not null,
                    [.. listed.Select(PolicyDisplay.Describe).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));

                if (allExcept is not null)
                {
                    // "All members" includes the public nested types (List<T>.Enumerator, JsonElement.ArrayEnumerator).
                    foreach (var nested in allowedType.GetTypeMembers().Where(ScriptVisibility.IsDeclaredVisible))
                    {
                        AddType(nested, [], []);
                    }
                }
            }

            void Add(ISymbol symbol)
            {
                if (symbol.GetDocumentationCommentId() is { } id)
                {
                    ids?.Add(id);
                    anyIds.Add(id);
                }

                foreach (var signatureType in MemberSignature.TypesOf(symbol))
                {
                    AddSignatureType(signatureType);
                }
            }

            void AddSignatureType(ITypeSymbol type)
            {
                switch (type)
                {
                    case IArrayTypeSymbol array:
                        AddSignatureType(array.ElementType);
                        break;
                    case INamedTypeSymbol named:
                        if (named.OriginalDefinition.GetDocumentationCommentId() is { } id && signatureTypeIds.Add(id))
                        {
                            foreach (var argument in named.TypeArguments)
                            {
                                AddSignatureType(argument);
                            }
                        }

                        break;
                }
            }
        }

        var merged = types
            .GroupBy(t => (t.Section, t.Display))
            .Select(g => g.Aggregate((a, b) => a with
            {
                AllMembers = a.AllMembers || b.AllMembers,
                Members = [.. a.Members.Union(b.Members, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            }))
            .OrderBy(t => t.Section)
            .ThenBy(t => t.Namespace, StringComparer.Ordinal)
            .ThenBy(t => t.Display, StringComparer.Ordinal)
            .ToList();

        return new ResolvedAllowlist(allowlist, scriptIds.ToFrozenSet(StringComparer.Ordinal), anyIds.ToFrozenSet(StringComparer.Ordinal),
            signatureTypeIds.ToFrozenSet(StringComparer.Ordinal),
            errors,
            merged);
    }

    private static IEnumerable<ISymbol> Members(INamedTypeSymbol type, MemberPattern pattern) =>
        type.GetMembers(pattern.Name).Where(m => ScriptVisibility.IsDeclaredVisible(m) && pattern.Matches(m));

    private static bool IsAccessor(ISymbol symbol) => symbol is IMethodSymbol { AssociatedSymbol: not null };

    private static IEnumerable<ISymbol> Accessors(ISymbol member) => member switch
    {
        IPropertySymbol property => new ISymbol?[] { property.GetMethod, property.SetMethod }.OfType<ISymbol>(),
        IEventSymbol @event => new ISymbol?[] { @event.AddMethod, @event.RemoveMethod }.OfType<ISymbol>(),
        _ => [],
    };
}

/// <summary>An allowed type and the display names of its allowed members, as the report lists them.</summary>
internal sealed record ResolvedType(
    AllowlistSection Section,
    string Namespace,
    string Display,
    bool AllMembers,
    IReadOnlyList<string> Members);
