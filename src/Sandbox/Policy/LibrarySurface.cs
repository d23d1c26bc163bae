using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// What a library section allows of its assembly, enumerated type by type with the very decisions scripts get: for the
/// report, and for the check that every line of the section matches something. Never on the compile path: a large
/// library takes seconds to enumerate.
/// </summary>
internal sealed class LibrarySurface
{
    private LibrarySurface(
        LibrarySection section,
        IReadOnlyList<LibraryType> allowedTypes,
        IReadOnlyList<(string Namespace, PathPattern Exclusion, int Types, int Members)> exclusions,
        IReadOnlyList<string> processWideState,
        IReadOnlyList<(string Type, IReadOnlyList<string> Members)> forbiddenSignatures,
        IReadOnlyList<string> errors)
    {
        Section = section;
        AllowedTypes = allowedTypes;
        Exclusions = exclusions;
        ProcessWideState = processWideState;
        ForbiddenSignatures = forbiddenSignatures;
        Errors = errors;
    }

    public LibrarySection Section { get; }

    /// <summary>Every allowed type, by namespace and name, with how many of its members are allowed.</summary>
    public IReadOnlyList<LibraryType> AllowedTypes { get; }

    /// <summary>Each exclusion line, under its namespace line, with how many types and members it takes out.</summary>
    public IReadOnlyList<(string Namespace, PathPattern Exclusion, int Types, int Members)> Exclusions { get; }

    /// <summary>Members of allowed types out without a line as process-wide state.</summary>
    public IReadOnlyList<string> ProcessWideState { get; }

    /// <summary>Members of allowed types out without a line for their signature, grouped by the type that puts them out.</summary>
    public IReadOnlyList<(string Type, IReadOnlyList<string> Members)> ForbiddenSignatures { get; }

    /// <summary>Lines of the section that match nothing in the library; empty when the section is sound.</summary>
    public IReadOnlyList<string> Errors { get; }

    public static LibrarySurface Enumerate(LibraryRules rules, IAssemblySymbol library, SymbolDecisions decisions)
    {
        var section = rules.Section;
        bool IsAllowedElsewhere(INamedTypeSymbol type) => decisions.IsAllowed(type, implicitUse: false);

        var allowed = new List<LibraryType>();
        var excludedTypes = new Dictionary<PathPattern, int>();
        var excludedMembers = new Dictionary<PathPattern, int>();
        var state = new List<string>();
        var signatures = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var namespacesCovered = new HashSet<string>(StringComparer.Ordinal);
        var typeLinesMatched = new HashSet<AllowlistEntry>();
        var memberLinesMatched = new HashSet<MemberPattern>();

        foreach (var type in Types(library.GlobalNamespace))
        {
            var typeVerdict = rules.Decide(type, IsAllowedElsewhere);
            Count(typeVerdict, excludedTypes);
            NoteLines(type, null);
            var members = type.GetMembers().Where(m => m is not INamedTypeSymbol && ScriptVisibility.IsDeclaredVisible(m) && m is not IMethodSymbol { AssociatedSymbol: not null }).ToList();
            var allowedMembers = 0;
            foreach (var member in members)
            {
                var verdict = rules.Decide(member, IsAllowedElsewhere);
                Count(verdict, excludedMembers);
                NoteLines(type, member);
                if (!typeVerdict.IsAllowed)
                {
                    continue;
                }

                var display = PolicyDisplay.Describe(member);
                switch (verdict.Kind)
                {
                    case LibraryVerdictKind.Allowed:
                        allowedMembers++;
                        break;
                    case LibraryVerdictKind.ProcessWideState:
                        state.Add(display);
                        break;
                    case LibraryVerdictKind.ForbiddenInSignature:
                        var offending = PolicyDisplay.Describe(verdict.SignatureType!);
                        if (!signatures.TryGetValue(offending, out var list))
                        {
                            signatures[offending] = list = [];
                        }

                        list.Add(display);
                        break;
                }
            }

            if (typeVerdict.IsAllowed)
            {
                allowed.Add(new LibraryType(type.ContainingNamespace.ToDisplayString(), PolicyDisplay.Describe(type), allowedMembers, members.Count));
            }
        }

        var errors = new List<string>();
        foreach (var ns in section.Namespaces)
        {
            if (!namespacesCovered.Contains(ns.Namespace))
            {
                errors.Add($"line {ns.Line}: 'namespace {ns.Namespace} **' covers no public type of '{section.AssemblyName}'");
            }

            errors.AddRange(ns.Exclusions
                .Where(e => excludedTypes.GetValueOrDefault(e) + excludedMembers.GetValueOrDefault(e) == 0)
                .Select(e => $"line {e.Line}: '-{e}' takes out nothing of 'namespace {ns.Namespace} **'"));
        }

        foreach (var entry in section.Types)
        {
            if (!typeLinesMatched.Contains(entry))
            {
                errors.Add($"line {entry.Line}: type '{entry.FullMetadataName}' is not a public type of '{section.AssemblyName}'");
                continue;
            }

            errors.AddRange(entry.Members.Concat(entry.Exclusions)
                .Where(m => !memberLinesMatched.Contains(m))
                .Select(m => $"line {m.Line}: '{m}' matches no member of '{entry.FullMetadataName}'"));
        }

        return new LibrarySurface(
            section,
            [.. allowed.OrderBy(t => t.Namespace, StringComparer.Ordinal).ThenBy(t => t.Display, StringComparer.Ordinal)],
            [.. section.Namespaces.SelectMany(n => n.Exclusions.Select(e => (n.Namespace, e, excludedTypes.GetValueOrDefault(e), excludedMembers.GetValueOrDefault(e))))],
            [.. state.Order(StringComparer.Ordinal)],
            [.. signatures.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, (IReadOnlyList<string>)[.. s.Value.Order(StringComparer.Ordinal)]))],
            errors);

        void NoteLines(INamedTypeSymbol type, ISymbol? member)
        {
            var ns = type.ContainingNamespace.ToDisplayString();
            foreach (var rule in section.Namespaces.Where(n => n.Namespace == ns || ns.StartsWith(n.Namespace + ".", StringComparison.Ordinal)))
            {
                namespacesCovered.Add(rule.Namespace);
            }

            var metadataName = LibraryRules.MetadataName(type);
            foreach (var entry in section.Types.Where(e => e.FullMetadataName == metadataName))
            {
                typeLinesMatched.Add(entry);
                if (member is not null)
                {
                    memberLinesMatched.UnionWith(entry.Members.Concat(entry.Exclusions).Where(p => p.Matches(member)));
                }
            }
        }
    }

    private static void Count(LibraryVerdict verdict, Dictionary<PathPattern, int> counts)
    {
        if (verdict.Exclusion is { } exclusion)
        {
            counts[exclusion] = counts.GetValueOrDefault(exclusion) + 1;
        }
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            var nested = member is INamespaceSymbol inner ? Types(inner) : NestedAndSelf((INamedTypeSymbol)member);
            foreach (var type in nested)
            {
                yield return type;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> NestedAndSelf(INamedTypeSymbol type)
    {
        if (!ScriptVisibility.IsDeclaredVisible(type))
        {
            yield break;
        }

        yield return type;
        foreach (var nested in type.GetTypeMembers().SelectMany(NestedAndSelf))
        {
            yield return nested;
        }
    }}

/// <summary>An allowed library type: how many of its members (accessors aside) are allowed, of how many.</summary>
internal sealed record LibraryType(string Namespace, string Display, int AllowedMembers, int Members);
