using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptHost.Sandbox.Editing.Documentation;
using ScriptHost.Sandbox.Editing.Workspace;
using RoslynCompletion = Microsoft.CodeAnalysis.Completion;

namespace ScriptHost.Sandbox.Editing.Completion;

/// <summary>
/// Roslyn's completion items at a position, less every item that names something functions may not use. Roslyn's
/// items do not carry their symbols publicly, so the symbols are looked up the way the compiler sees the position
/// (members of the receiver after a dot, else everything in scope) and matched by name: an item stays when any symbol
/// of its name is allowed. Items naming nothing in that lookup (types of namespaces the script does not import) go.
/// </summary>
internal sealed class AllowedCompletions(AllowedSymbols allowed)
{
    // Documentation for the first items only: a list at the top level runs to thousands.
    private const int DescribedItems = 200;

    private static readonly SymbolDisplayFormat SignatureFormat = SymbolDisplayFormat.MinimallyQualifiedFormat
        .AddMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType)
        .AddParameterOptions(SymbolDisplayParameterOptions.IncludeDefaultValue);

    public async Task<CompletionAnswer> CompleteAsync(ScriptDocument script, int position, CancellationToken cancellationToken)
    {
        var document = script.Document;
        var service = RoslynCompletion.CompletionService.GetService(document);
        if (service is null)
        {
            return CompletionAnswer.Empty(null);
        }

        var list = await service.GetCompletionsAsync(document, position, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (list.ItemsList.Count == 0)
        {
            return CompletionAnswer.Empty(null);
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A C# document has no semantic model.");
        var byName = SymbolsInScope(model, position, cancellationToken);
        var entries = new List<CompletionEntry>();
        foreach (var item in list.ItemsList)
        {
            if (Offered(item, byName, model.Compilation) is not { } symbols)
            {
                continue;
            }

            string? detail = null;
            string? documentation = null;
            if (entries.Count < DescribedItems)
            {
                if (symbols.Count > 0)
                {
                    // From the symbols the lookup already found: Roslyn's GetDescriptionAsync says the same but binds
                    // again for every item, which made a list after "text." (a string: ~200 items) several times slower.
                    (detail, documentation) = Describe(symbols, model, position, cancellationToken);
                }
                else
                {
                    // Keywords, snippets and the like: nothing to bind. Asked of the very document the list came from: a
                    // description asked of another document can throw inside a provider, and Roslyn then disables that
                    // provider for the rest of the process.
                    var description = await service.GetDescriptionAsync(document, item, cancellationToken: cancellationToken).ConfigureAwait(false);
                    (detail, documentation) = DescriptionText.Split(description?.TaggedParts ?? []);
                }
            }

            var label = item.DisplayTextPrefix + item.DisplayText + item.DisplayTextSuffix;
            entries.Add(new CompletionEntry(
                label,
                CompletionKinds.Of(item.Tags),
                detail,
                documentation,
                item.Properties.TryGetValue("InsertionText", out var insertion) ? insertion : item.DisplayText,
                item.FilterText,
                item.SortText));
        }

        return new CompletionAnswer(entries, script.ToAuthor(list.Span), null);
    }

    /// <summary>
    /// The allowed symbols <paramref name="item"/> names (empty for an item that needs no policy: a keyword, a
    /// local), or null when it names nothing functions may use.
    /// </summary>
    private List<ISymbol>? Offered(RoslynCompletion.CompletionItem item, ILookup<string, ISymbol> byName, Microsoft.CodeAnalysis.Compilation compilation)
    {
        // "Obsolete" for ObsoleteAttribute in an attribute list.
        var named = byName[item.DisplayText].Concat(byName[item.DisplayText + "Attribute"]);
        if (CompletionKinds.NeedsNoPolicy(item.Tags))
        {
            return [.. named];
        }

        var symbols = named.Where(symbol => allowed.IsAllowed(symbol, compilation)).ToList();
        return symbols.Count > 0 ? symbols : null;
    }

    /// <summary>The first symbol's signature (with how many more overloads there are) and its summary as markdown.</summary>
    private static (string? Detail, string? Documentation) Describe(List<ISymbol> symbols, SemanticModel model, int position, CancellationToken cancellationToken)
    {
        var first = symbols[0];
        var signature = first.ToMinimalDisplayString(model, position, SignatureFormat);
        var detail = symbols.Count > 1 ? $"{signature} (+ {symbols.Count - 1} overload{(symbols.Count > 2 ? "s" : "")})" : signature;
        var documented = first is IMethodSymbol { ReducedFrom: { } extension } ? extension : first;
        return (detail, XmlDocMarkdown.Summary(documented, cancellationToken));
    }

    /// <summary>The symbols the compiler sees at <paramref name="position"/>: the receiver's members after a dot, else the scope's.</summary>
    private static ILookup<string, ISymbol> SymbolsInScope(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        var root = model.SyntaxTree.GetRoot(cancellationToken);
        var token = root.FindToken(Math.Max(0, position - 1));
        if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.End == position)
        {
            token = token.GetPreviousToken();
        }

        var receiver = token.IsKind(SyntaxKind.DotToken) || token.IsKind(SyntaxKind.QuestionToken)
            ? token.Parent switch
            {
                MemberAccessExpressionSyntax access => access.Expression,
                QualifiedNameSyntax qualified => qualified.Left,
                ConditionalAccessExpressionSyntax conditional => conditional.Expression,
                MemberBindingExpressionSyntax binding => binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>()?.Expression,
                _ => null,
            }
            : null;

        INamespaceOrTypeSymbol? container = null;
        if (receiver is not null)
        {
            container = model.GetSymbolInfo(receiver, cancellationToken).Symbol is INamespaceOrTypeSymbol named
                ? named
                : model.GetTypeInfo(receiver, cancellationToken).Type;

            // "Log." typed above "var x = ...;" parses as the type name "Log.var" of a declaration: its left side binds as
            // no type at all. Bound as an expression (as Roslyn's own recommender does), it is the property it names.
            if (container is null or IErrorTypeSymbol)
            {
                var asExpression = model.GetSpeculativeTypeInfo(receiver.SpanStart, receiver, SpeculativeBindingOption.BindAsExpression).Type;
                container = asExpression is null or IErrorTypeSymbol ? container : asExpression;
            }
        }

        var symbols = container is null
            ? model.LookupSymbols(position)
            : model.LookupSymbols(position, container, includeReducedExtensionMethods: true);
        return symbols.ToLookup(s => s.Name, StringComparer.Ordinal);
    }
}
