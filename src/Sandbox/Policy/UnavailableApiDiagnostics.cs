using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Turns the compiler's "type or namespace not found" for a framework name functions cannot use into the sandbox's
/// own refusal, with what to use instead: <c>'System.Net.Http.HttpClient' is not available to functions; use
/// Http.</c> at the name's line and column, instead of CS0234 "does not exist in the namespace 'System.Net' (are you
/// missing an assembly reference?)", which sends the author looking for a reference they cannot add. A name the
/// framework does not have (a typo) and an allowed type that only lacks its <c>using</c> keep the compiler's message.
/// </summary>
internal sealed class UnavailableApiDiagnostics(ResolvedAllowlist allowlist, RefusalHints hints, Func<FrameworkNames> frameworkNames)
{
    /// <summary>CS0246 type or namespace not found, CS0234 not in that namespace, CS0103 name not in context, CS0400 not in global::.</summary>
    private static readonly FrozenSet<string> NameNotFoundIds = FrozenSet.Create(StringComparer.Ordinal, "CS0246", "CS0234", "CS0103", "CS0400");

    private const int MaxCandidatesShown = 3;

    /// <summary>
    /// The compiler's errors and warnings as script diagnostics, unavailable framework names rewritten.
    /// <paramref name="imports"/> are the namespaces every script imports, which decide between types of one name.
    /// </summary>
    public IReadOnlyList<ScriptDiagnostic> Describe(IEnumerable<Diagnostic> diagnostics, IEnumerable<string> imports)
    {
        var described = new List<ScriptDiagnostic>();
        var rewritten = new HashSet<(string? File, int Line, string Message)>();
        foreach (var diagnostic in diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning))
        {
            if (NameNotFoundIds.Contains(diagnostic.Id) && Explain(diagnostic, imports) is { } unavailable)
            {
                // `HttpClient c = new HttpClient();` is one problem, not two.
                if (rewritten.Add((unavailable.File, unavailable.Line, unavailable.Message)))
                {
                    described.Add(unavailable);
                }
            }
            else
            {
                described.Add(ScriptCompiler.ToScriptDiagnostic(diagnostic));
            }
        }

        return described;
    }

    private ScriptDiagnostic? Explain(Diagnostic diagnostic, IEnumerable<string> imports)
    {
        if (diagnostic.Location.SourceTree is not { } tree
            || NameAt(tree.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is not { } name
            || Pieces(Chain(name)) is not { } pieces)
        {
            return null;
        }

        var failed = pieces.FindIndex(p => p.Node == name);
        if (failed < 0 || (diagnostic.Id == "CS0103" && pieces.Count == 1))
        {
            // A lone unknown name in an expression is far more often a variable than a type.
            return null;
        }

        var names = frameworkNames();
        var (api, used) = Qualified(pieces, failed, names) ?? Unqualified(pieces, failed, names, imports, tree) ?? default;
        if (api is null)
        {
            return null;
        }

        var span = TextSpan.FromBounds(pieces[0].Node.SpanStart, pieces[used - 1].Node.Span.End);
        var message = PolicyFindings.UnavailableApiMessage(api, hints.For(api));
        return ScriptDiagnostic.At(SandboxDiagnosticIds.ForbiddenApi, ScriptDiagnosticSeverity.Error, message, Location.Create(tree, span));
    }

    /// <summary>
    /// <c>System.Net.Http.HttpClient.Send</c>: the longest prefix that is a framework type (with the member after it),
    /// else the longest that is a framework namespace; either must reach the piece the compiler could not find.
    /// </summary>
    private (string Api, int Used)? Qualified(List<Piece> pieces, int failed, FrameworkNames names)
    {
        for (var length = pieces.Count; length > failed && length >= 2; length--)
        {
            var ns = string.Join('.', pieces.Take(length - 1).Select(p => p.Name));
            var type = ns + "." + pieces[length - 1].MetadataName;
            if (names.IsType(type))
            {
                return IsAllowed(type) ? null : WithMember(ns + "." + pieces[length - 1].Name, pieces, length);
            }
        }

        for (var length = pieces.Count; length > failed; length--)
        {
            var ns = string.Join('.', pieces.Take(length).Select(p => p.Name));
            if (names.IsNamespace(ns))
            {
                return (ns, length);
            }
        }

        return null;
    }

    /// <summary><c>HttpClient</c> or <c>Console.WriteLine</c>: a framework type's simple name, used without its namespace.</summary>
    private (string Api, int Used)? Unqualified(List<Piece> pieces, int failed, FrameworkNames names, IEnumerable<string> imports, SyntaxTree tree)
    {
        if (failed != 0)
        {
            return null;
        }

        var first = pieces[0];
        var namespaces = names.NamespacesOf(first.MetadataName);
        if (namespaces.Count == 0 || namespaces.Any(ns => IsAllowed(ns + "." + first.MetadataName)))
        {
            // Not a framework type, or an allowed one that only lacks its using directive: the compiler says so.
            return null;
        }

        var imported = imports.Concat(((CompilationUnitSyntax)tree.GetRoot()).Usings.Select(u => u.NamespaceOrType.ToString())).ToHashSet(StringComparer.Ordinal);
        var preferred = namespaces.Where(imported.Contains).ToList();
        var shown = (preferred.Count > 0 ? preferred : namespaces).Take(MaxCandidatesShown).Select(ns => ns + "." + first.Name).ToList();
        if (shown.Count > 1)
        {
            return (string.Join("' or '", shown), 1);
        }

        return WithMember(shown[0], pieces, 1);
    }

    private static (string Api, int Used) WithMember(string type, List<Piece> pieces, int typeLength) =>
        pieces.Count > typeLength ? (type + "." + pieces[typeLength].Name, typeLength + 1) : (type, typeLength);

    private bool IsAllowed(string typeMetadataName) => allowlist.ScriptIds.Contains("T:" + typeMetadataName);

    /// <summary>The name the compiler could not find: the last one of a dotted name it reports as a whole.</summary>
    private static SimpleNameSyntax? NameAt(SyntaxNode node) => node switch
    {
        SimpleNameSyntax name => name,
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax aliased => aliased.Name,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
        _ => null,
    };

    /// <summary>The whole dotted name <paramref name="name"/> is part of: <c>System.Net.Http.HttpClient</c> from <c>Http</c>.</summary>
    private static SyntaxNode Chain(SimpleNameSyntax name)
    {
        SyntaxNode top = name;
        while (top.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax
            || top.Parent is MemberAccessExpressionSyntax memberAccess && memberAccess.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            top = top.Parent;
        }

        return top;
    }

    /// <summary>The names of a dotted chain left to right, or null if anything but names is in it.</summary>
    private static List<Piece>? Pieces(SyntaxNode node)
    {
        switch (node)
        {
            case IdentifierNameSyntax identifier:
                return [new Piece(identifier.Identifier.ValueText, identifier.Identifier.ValueText, identifier)];
            case GenericNameSyntax generic:
                var arity = generic.TypeArgumentList.Arguments.Count;
                return [new Piece(generic.Identifier.ValueText, generic.Identifier.ValueText + "`" + arity, generic)];
            case QualifiedNameSyntax qualified:
                return Concat(Pieces(qualified.Left), Pieces(qualified.Right));
            case AliasQualifiedNameSyntax aliased when aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword):
                return Pieces(aliased.Name);
            case MemberAccessExpressionSyntax memberAccess when memberAccess.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                return Concat(Pieces(memberAccess.Expression), Pieces(memberAccess.Name));
            default:
                return null;
        }

        static List<Piece>? Concat(List<Piece>? left, List<Piece>? right) => left is null || right is null ? null : [.. left, .. right];
    }

    /// <summary>One name of a dotted chain: as written, as metadata spells it (<c>Lazy`1</c>), and its node.</summary>
    private sealed record Piece(string Name, string MetadataName, SimpleNameSyntax Node);
}
