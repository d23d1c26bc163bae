using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptHost.Sandbox.Editing.Completion;
using ScriptHost.Sandbox.Editing.Documentation;
using ScriptHost.Sandbox.Editing.Workspace;

namespace ScriptHost.Sandbox.Editing.SignatureHelp;

/// <summary>
/// Signature help from the semantic model: the innermost argument list around the caret, the overloads of what it
/// calls (methods and reduced extensions, constructors, indexers), less what functions may not use. Roslyn's own
/// signature help is internal; reflecting into it would break with every Roslyn release.
/// </summary>
internal sealed class SignatureHelpBuilder(AllowedSymbols allowed)
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.MinimallyQualifiedFormat;

    // A method's containing type and name only: its return type is written before it, its parameters after it.
    private static readonly SymbolDisplayFormat MethodNameFormat = TypeFormat
        .RemoveMemberOptions(SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeAccessibility)
        .AddMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType);

    public async Task<SignatureHelpAnswer> BuildAsync(ScriptDocument script, int position, CancellationToken cancellationToken)
    {
        var model = await script.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return SignatureHelpAnswer.Empty(null);
        }

        var root = await model.SyntaxTree.GetRootAsync(cancellationToken).ConfigureAwait(false);
        var token = root.FindToken(Math.Max(0, position - 1));
        var list = token.Parent?.AncestorsAndSelf().FirstOrDefault(node => node switch
        {
            ArgumentListSyntax arguments => Inside(arguments.OpenParenToken, arguments.CloseParenToken, position),
            BracketedArgumentListSyntax arguments => Inside(arguments.OpenBracketToken, arguments.CloseBracketToken, position),
            AttributeArgumentListSyntax arguments => Inside(arguments.OpenParenToken, arguments.CloseParenToken, position),
            _ => false,
        });
        if (list?.Parent is not { } owner)
        {
            return SignatureHelpAnswer.Empty(null);
        }

        var candidates = Candidates(model, owner, position, cancellationToken)
            .Where(symbol => allowed.IsAllowed(symbol, model.Compilation))
            .ToList();
        if (candidates.Count == 0)
        {
            return SignatureHelpAnswer.Empty(null);
        }

        var separators = list switch
        {
            BaseArgumentListSyntax arguments => arguments.Arguments.GetSeparators(),
            AttributeArgumentListSyntax arguments => arguments.Arguments.GetSeparators(),
            _ => [],
        };
        var argumentIndex = separators.Count(separator => separator.SpanStart < position);
        var namedArgument = list switch
        {
            BaseArgumentListSyntax arguments when argumentIndex < arguments.Arguments.Count => arguments.Arguments[argumentIndex].NameColon?.Name.Identifier.ValueText,
            AttributeArgumentListSyntax arguments when argumentIndex < arguments.Arguments.Count => arguments.Arguments[argumentIndex].NameColon?.Name.Identifier.ValueText,
            _ => null,
        };

        var chosen = model.GetSymbolInfo(owner, cancellationToken) is var info && info.Symbol is { } bound ? bound : null;
        var active = chosen is null ? -1 : candidates.FindIndex(c => SymbolEqualityComparer.Default.Equals(c.OriginalDefinition, chosen.OriginalDefinition));
        if (active < 0)
        {
            active = Math.Max(0, candidates.FindIndex(c => Parameters(c).Length > argumentIndex || Parameters(c).LastOrDefault()?.IsParams == true));
        }

        var activeParameters = Parameters(candidates[active]);
        var activeParameter = namedArgument is not null
            ? Math.Max(0, activeParameters.IndexOf(activeParameters.FirstOrDefault(p => p.Name == namedArgument)!))
            : activeParameters.Length > 0 && argumentIndex >= activeParameters.Length && activeParameters[^1].IsParams
                ? activeParameters.Length - 1
                : argumentIndex;

        return new SignatureHelpAnswer([.. candidates.Select(c => Describe(c, cancellationToken))], active, activeParameter, null);
    }

    private static bool Inside(SyntaxToken open, SyntaxToken close, int position) =>
        position > open.SpanStart && (close.IsMissing || position <= close.SpanStart);

    private static IEnumerable<ISymbol> Candidates(SemanticModel model, SyntaxNode owner, int position, CancellationToken cancellationToken)
    {
        switch (owner)
        {
            case InvocationExpressionSyntax invocation:
                return model.GetMemberGroup(invocation.Expression, cancellationToken).OfType<IMethodSymbol>();
            case BaseObjectCreationExpressionSyntax creation:
                var created = model.GetTypeInfo(creation, cancellationToken) is var typeInfo && (typeInfo.Type ?? typeInfo.ConvertedType) is INamedTypeSymbol type ? type : null;
                return created?.InstanceConstructors.Where(c => model.IsAccessible(position, c)) ?? [];
            case ElementAccessExpressionSyntax access:
                return model.GetTypeInfo(access.Expression, cancellationToken).Type?.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsIndexer) ?? [];
            case AttributeSyntax attribute:
                return (model.GetTypeInfo(attribute, cancellationToken).Type as INamedTypeSymbol)?.InstanceConstructors.Where(c => model.IsAccessible(position, c)) ?? [];
            default:
                return [];
        }
    }

    private static System.Collections.Immutable.ImmutableArray<IParameterSymbol> Parameters(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.Parameters,
        IPropertySymbol property => property.Parameters,
        _ => [],
    };

    private static SignatureEntry Describe(ISymbol symbol, CancellationToken cancellationToken)
    {
        var label = new StringBuilder();
        var (name, open, close) = symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => (constructor.ContainingType.ToDisplayString(TypeFormat), '(', ')'),
            IMethodSymbol method => (method.ReturnType.ToDisplayString(TypeFormat) + " " + method.ToDisplayString(MethodNameFormat), '(', ')'),
            IPropertySymbol property => (property.Type.ToDisplayString(TypeFormat) + " this", '[', ']'),
            _ => (symbol.Name, '(', ')'),
        };
        label.Append(name).Append(open);
        var parameters = new List<ParameterEntry>();
        foreach (var parameter in Parameters(symbol))
        {
            if (parameters.Count > 0)
            {
                label.Append(", ");
            }

            var text = parameter.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithParameterOptions(
                SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeParamsRefOut
                | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeOptionalBrackets));
            var start = label.Length;
            label.Append(text);
            parameters.Add(new ParameterEntry(text, start, label.Length, XmlDocMarkdown.Parameter(symbol, parameter.Name, cancellationToken)));
        }

        label.Append(close);
        return new SignatureEntry(label.ToString(), XmlDocMarkdown.Summary(symbol, cancellationToken), parameters);
    }
}
