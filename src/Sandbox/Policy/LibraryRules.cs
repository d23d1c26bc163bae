using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Decides, symbol by symbol, what one <c>[library Name]</c> section allows of its assembly: namespace coverage, then
/// exclusions, then type lines; and for a member, two rules that need no line: no process-wide state a function could
/// write, and no signature that names a type functions may not hand to or take from library code. Nothing is
/// enumerated up front: a library can be tens of thousands of members, and a script touches a handful.
/// </summary>
internal sealed class LibraryRules(LibrarySection section)
{
    /// <summary>
    /// Types and namespaces a library member's signature may not name, though some are allowed to scripts: a library
    /// given a <c>System.Type</c> or a <c>MemberInfo</c> can reflect past the allowlist, one that takes or returns a
    /// stream, a file or an HTTP client does I/O the host does not see.
    /// </summary>
    private static readonly string[] ForbiddenInSignatures = ["System.Type", "System.Reflection", "System.IO", "System.Net.Http"];

    public LibrarySection Section { get; } = section;

    /// <summary>
    /// Whether <paramref name="definition"/> (a type or member of this library, never an instantiation) may be used.
    /// <paramref name="isAllowedElsewhere"/> answers for the types a member's signature names: framework types by the
    /// allowlist, this library's types by these rules.
    /// </summary>
    public LibraryVerdict Decide(ISymbol definition, Func<INamedTypeSymbol, bool> isAllowedElsewhere)
    {
        // A property or event decides for its accessors, which the IL names (get_Region) but the allowlist never does; a
        // setter less visible than its property stays out.
        var symbol = definition is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : definition;
        if (!ScriptVisibility.IsVisibleWithContainers(definition) || !ScriptVisibility.IsVisibleWithContainers(symbol))
        {
            return LibraryVerdict.NotListed;
        }

        var listed = Listed(symbol);
        if (listed.Kind != LibraryVerdictKind.Allowed || symbol is INamedTypeSymbol)
        {
            return listed;
        }

        if (IsProcessWideState(symbol))
        {
            return LibraryVerdict.ProcessWideState;
        }

        foreach (var type in MemberSignature.TypesOf(symbol))
        {
            if (FirstForbidden(type, isAllowedElsewhere) is { } forbidden)
            {
                return LibraryVerdict.ForbiddenInSignature(forbidden);
            }
        }

        return LibraryVerdict.Allowed;
    }

    /// <summary>What the lines say: covered by a <c>namespace N **</c> and not excluded, or on a type line.</summary>
    private LibraryVerdict Listed(ISymbol symbol)
    {
        var ns = symbol.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        foreach (var rule in Section.Namespaces)
        {
            if (ns == rule.Namespace || ns.StartsWith(rule.Namespace + ".", StringComparison.Ordinal))
            {
                var path = PathBelow(symbol, rule.Namespace);
                var parameters = symbol is INamedTypeSymbol ? null : PolicyDisplay.ParameterList(symbol);
                return rule.Exclusions.FirstOrDefault(e => e.Matches(path, parameters)) is { } exclusion
                    ? LibraryVerdict.Excluded(exclusion)
                    : LibraryVerdict.Allowed;
            }
        }

        return IsOnATypeLine(symbol) ? LibraryVerdict.Allowed : LibraryVerdict.NotListed;
    }

    private bool IsOnATypeLine(ISymbol symbol)
    {
        if (symbol is INamedTypeSymbol type)
        {
            // A nested type is in when a type containing it is listed with all its members.
            return EntryFor(type) is not null || (type.ContainingType is { } outer && EntryFor(outer) is { AllMembers: true } && IsOnATypeLine(outer));
        }

        if (symbol.ContainingType is not { } containing)
        {
            return false;
        }

        if (EntryFor(containing) is { } entry)
        {
            return entry.AllMembers
                ? !entry.Exclusions.Any(e => e.Matches(symbol))
                : entry.Members.Any(m => m.Matches(symbol));
        }

        // Members of a nested type of a `Type *` line come with it.
        return containing.ContainingType is not null && IsOnATypeLine(containing);
    }

    private AllowlistEntry? EntryFor(INamedTypeSymbol type)
    {
        var name = MetadataName(type);
        return Section.Types.FirstOrDefault(e => e.FullMetadataName == name);
    }

    /// <summary><c>Ns.Outer+Inner</c>, as type lines spell a type.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    /// <summary>The names from below <paramref name="ns"/> down to the symbol: namespaces, types (metadata names), the member.</summary>
    public static IReadOnlyList<string> PathBelow(ISymbol symbol, string ns)
    {
        var path = new List<string>();
        if (symbol is not INamedTypeSymbol)
        {
            path.Add(symbol.MetadataName);
        }

        for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            path.Add(type.MetadataName);
        }

        for (var containing = symbol.ContainingNamespace; containing is { IsGlobalNamespace: false }; containing = containing.ContainingNamespace)
        {
            if (containing.ToDisplayString() == ns)
            {
                break;
            }

            path.Add(containing.Name);
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// A static a function could change is shared with every other function on the host: a writable static field, a
    /// static property with a setter, a static event (a handler would also keep the script's code loaded). State no
    /// signature shows — a static method that writes a private static (<c>TwilioClient.Init</c>), a static readonly
    /// field holding a mutable object — is for the section's lines to leave out.
    /// </summary>
    private static bool IsProcessWideState(ISymbol member) => member switch
    {
        IFieldSymbol { IsStatic: true, IsConst: false, IsReadOnly: false } => true,
        IPropertySymbol { IsStatic: true, SetMethod: { } setter } => setter.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal,
        IEventSymbol { IsStatic: true } => true,
        _ => false,
    };

    private static ITypeSymbol? FirstForbidden(ITypeSymbol type, Func<INamedTypeSymbol, bool> isAllowedElsewhere)
    {
        switch (type)
        {
            case ITypeParameterSymbol:
                return null;
            case IArrayTypeSymbol array:
                return FirstForbidden(array.ElementType, isAllowedElsewhere);
            case INamedTypeSymbol named and not IErrorTypeSymbol:
                for (var container = named; container is not null; container = container.ContainingType)
                {
                    foreach (var argument in container.TypeArguments)
                    {
                        if (FirstForbidden(argument, isAllowedElsewhere) is { } forbidden)
                        {
                            return forbidden;
                        }
                    }
                }

                var definition = named.OriginalDefinition;
                return IsForbiddenInSignatures(definition) || !isAllowedElsewhere(definition) ? definition : null;
            default:
                // Pointers, function pointers, dynamic, and types from an assembly scripts do not reference.
                return type;
        }
    }

    private static bool IsForbiddenInSignatures(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var name = ns + "." + type.MetadataName;
        return ForbiddenInSignatures.Any(forbidden =>
            name == forbidden || ns == forbidden || ns.StartsWith(forbidden + ".", StringComparison.Ordinal));
    }
}

/// <summary>Why a library symbol is allowed or not.</summary>
internal enum LibraryVerdictKind
{
    Allowed,

    /// <summary>No namespace or type line covers it, or it is not public.</summary>
    NotListed,

    /// <summary>An exclusion line takes it out.</summary>
    Excluded,

    /// <summary>A static a function could change: shared with every function on the host.</summary>
    ProcessWideState,

    /// <summary>Its signature names a type functions may not hand to or take from the library.</summary>
    ForbiddenInSignature,
}

/// <summary>A library decision, with the exclusion or the signature type behind a refusal.</summary>
internal readonly record struct LibraryVerdict(LibraryVerdictKind Kind, PathPattern? Exclusion, ITypeSymbol? SignatureType)
{
    public static LibraryVerdict Allowed => new(LibraryVerdictKind.Allowed, null, null);

    public static LibraryVerdict NotListed => new(LibraryVerdictKind.NotListed, null, null);

    public static LibraryVerdict ProcessWideState => new(LibraryVerdictKind.ProcessWideState, null, null);

    public bool IsAllowed => Kind == LibraryVerdictKind.Allowed;

    /// <summary>Why, for a refusal without a hint of its own; null when the lines alone say no.</summary>
    public string? Reason => Kind switch
    {
        LibraryVerdictKind.ProcessWideState => "it is process-wide state, shared with every function on the host",
        LibraryVerdictKind.ForbiddenInSignature => $"its signature uses '{PolicyDisplay.Describe(SignatureType!)}', which functions may not pass to or take from a library",
        _ => null,
    };

    public static LibraryVerdict Excluded(PathPattern exclusion) => new(LibraryVerdictKind.Excluded, exclusion, null);

    public static LibraryVerdict ForbiddenInSignature(ITypeSymbol type) => new(LibraryVerdictKind.ForbiddenInSignature, null, type);
}
