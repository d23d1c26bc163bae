using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Walks every node of a bound script and checks every symbol it touches, named or implied: members, types and
/// their type arguments, conversions and operators, and what <c>foreach</c>, <c>await</c>, deconstruction and
/// collection initializers call on the script's behalf. The script's own declarations are free to use; what they
/// derive from, implement or are attributed with is checked like anything else.
/// </summary>
internal sealed class SemanticPolicyChecker
{
    private const string ExpressionTreeTypeId = "T:System.Linq.Expressions.Expression`1";

    /// <summary>Attributes that switch on something no allowlist entry could make safe.</summary>
    private static readonly FrozenDictionary<string, string> ForbiddenAttributes = new Dictionary<string, string>
    {
        ["T:System.Runtime.InteropServices.StructLayoutAttribute"] = "[StructLayout] (explicit field layout)",
        ["T:System.Runtime.InteropServices.FieldOffsetAttribute"] = "[FieldOffset] (overlapping fields)",
        ["T:System.Runtime.InteropServices.DllImportAttribute"] = "[DllImport] (calling native code)",
        ["T:System.Runtime.InteropServices.LibraryImportAttribute"] = "[LibraryImport] (calling native code)",
        ["T:System.Runtime.CompilerServices.ModuleInitializerAttribute"] = "[ModuleInitializer] (code that runs on load)",
        ["T:System.Runtime.CompilerServices.UnsafeAccessorAttribute"] = "[UnsafeAccessor] (reaching private members)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly SymbolDecisions _decisions;
    private readonly RefusalHints _hints;
    private readonly LibraryArgumentRules _libraryArguments;

    public SemanticPolicyChecker(SymbolDecisions decisions, RefusalHints hints)
    {
        _decisions = decisions;
        _hints = hints;
        _libraryArguments = new LibraryArgumentRules(decisions, hints);
    }

    public IReadOnlyList<ScriptDiagnostic> Check(SemanticModel model, CancellationToken cancellationToken)
    {
        var walk = new Walk(model, _decisions, _hints, _libraryArguments, cancellationToken);
        walk.Run();
        return walk.Findings.ToList();
    }

    /// <summary>What is wrong with a symbol: a diagnostic id and its message.</summary>
    private readonly record struct Offense(string Id, string Message)
    {
        public static Offense Api(ISymbol symbol, string? hint) =>
            new(SandboxDiagnosticIds.ForbiddenApi, PolicyFindings.ForbiddenApiMessage(PolicyDisplay.Describe(symbol), hint));

        public static Offense Feature(string feature) =>
            new(SandboxDiagnosticIds.ForbiddenFeature, PolicyFindings.ForbiddenFeatureMessage(feature));
    }

    private sealed class Walk(
        SemanticModel model, SymbolDecisions decisions, RefusalHints hints, LibraryArgumentRules libraryArguments, CancellationToken cancellationToken)
    {
        private readonly IAssemblySymbol _ownAssembly = model.Compilation.Assembly;
        private readonly HashSet<SyntaxNode> _reported = [];

        public PolicyFindings Findings { get; } = new();

        public void Run()
        {
            var root = model.SyntaxTree.GetRoot(cancellationToken);
            var visited = 0;

            // Every node, cheaply: features refused on sight, and the patterns whose implied calls the operation tree
            // does not expose (foreach's GetEnumerator, await's GetAwaiter, deconstruction's Deconstruct).
            foreach (var node in root.DescendantNodesAndSelf())
            {
                if ((++visited & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (ForbiddenSyntax.Find(node) is { } feature)
                {
                    Findings.Add(SandboxDiagnosticIds.ForbiddenFeature, PolicyFindings.ForbiddenFeatureMessage(feature.Feature), feature.Location);
                }

                VisitImpliedCalls(node);
            }

            // Declarations node by node, and each body or initializer as one operation tree: one bind per body, where
            // asking the semantic model node by node rebinds a script's top-level initializers on every question.
            foreach (var node in root.DescendantNodesAndSelf(descendIntoChildren: node => !IsExecutableRoot(node)))
            {
                if (IsExecutableRoot(node) && OperationOf(node) is { } operation)
                {
                    VisitOperations(operation);
                }
                else
                {
                    VisitDeclarationNode(node);
                }
            }
        }

        /// <summary>Where executable code starts: statements, initializers, bodies, constructor initializers.</summary>
        private static bool IsExecutableRoot(SyntaxNode node) => node switch
        {
            GlobalStatementSyntax or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or ConstructorInitializerSyntax => true,
            BlockSyntax block => block.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax,
            _ => false,
        };

        private IOperation? OperationOf(SyntaxNode node) => node switch
        {
            GlobalStatementSyntax statement => model.GetOperation(statement.Statement, cancellationToken),
            ArrowExpressionClauseSyntax arrow => model.GetOperation(arrow, cancellationToken) ?? model.GetOperation(arrow.Expression, cancellationToken),
            _ => model.GetOperation(node, cancellationToken),
        };

        private void VisitOperations(IOperation root)
        {
            HashSet<IOperation>? defaultArguments = null;
            foreach (var operation in root.DescendantsAndSelf())
            {
                var implicitUse = operation.IsImplicit;
                if (operation is IArgumentOperation { ArgumentKind: ArgumentKind.DefaultValue } argument)
                {
                    // The value of an omitted optional parameter is part of the called member's signature, which is
                    // allowed as a whole: ToJsonString(JsonSerializerOptions? options = null) passes a null options.
                    (defaultArguments ??= []).Add(argument.Value);
                }

                var offense = operation switch
                {
                    IInvocationOperation invocation => CheckSymbol(invocation.TargetMethod, implicitUse),
                    IObjectCreationOperation creation => CheckSymbol(creation.Constructor, implicitUse),
                    IMemberReferenceOperation reference => CheckSymbol(reference.Member, implicitUse),
                    IConversionOperation conversion => CheckSymbol(conversion.OperatorMethod, implicitUse),
                    IBinaryOperation binary => CheckSymbol(binary.OperatorMethod, implicitUse),
                    IUnaryOperation unary => CheckSymbol(unary.OperatorMethod, implicitUse),
                    ICompoundAssignmentOperation compound => CheckSymbol(compound.OperatorMethod, implicitUse),
                    IIncrementOrDecrementOperation increment => CheckSymbol(increment.OperatorMethod, implicitUse),
                    ITypeOfOperation typeOf => CheckType(typeOf.TypeOperand, implicitUse: false),
                    ISizeOfOperation sizeOf => CheckType(sizeOf.TypeOperand, implicitUse: false),
                    IIsTypeOperation isType => CheckType(isType.TypeOperand, implicitUse: false),
                    IDeclarationPatternOperation declaration => CheckType(declaration.MatchedType, implicitUse: false),
                    ITypePatternOperation typePattern => CheckType(typePattern.MatchedType, implicitUse: false),
                    IRecursivePatternOperation recursive => CheckType(recursive.MatchedType, implicitUse: false)
                        ?? CheckSymbol(recursive.DeconstructSymbol, implicitUse: true),
                    IVariableDeclaratorOperation declarator => CheckSymbol(declarator.Symbol, implicitUse: false),
                    ICatchClauseOperation catchClause => CheckType(catchClause.ExceptionType, implicitUse: false),
                    IAnonymousFunctionOperation lambda => CheckFunction(lambda.Symbol, "An async void lambda"),
                    ILocalFunctionOperation localFunction => CheckFunction(localFunction.Symbol, "An async void local function"),
                    ICollectionExpressionOperation collection => CheckSymbol(collection.ConstructMethod, implicitUse: true),
                    IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation
                        or IDynamicIndexerAccessOperation => Offense.Feature("dynamic"),
                    _ => null,
                };

                // How an allowed library member is called: an argument it needs, a value it would serialize.
                if (offense is null && libraryArguments.Check(operation, _ownAssembly) is { } misuse)
                {
                    offense = new Offense(SandboxDiagnosticIds.ForbiddenApi, misuse);
                }

                // The type of every value: what a script holds is what it can reach. Values the compiler introduces
                // (a params span, an interpolation handler) may be of compiler-only types.
                if (defaultArguments?.Contains(operation) != true)
                {
                    offense ??= CheckType(operation.Type, implicitUse);
                }

                Report(operation.Syntax, offense);
            }
        }

        private Offense? CheckFunction(IMethodSymbol function, string asyncVoidFeature)
        {
            // An async void method's exceptions escape to the thread pool and crash the process.
            if (function is { IsAsync: true, ReturnsVoid: true })
            {
                return Offense.Feature(asyncVoidFeature);
            }

            var offense = CheckType(function.ReturnType, implicitUse: false);
            foreach (var parameter in function.Parameters)
            {
                offense ??= CheckType(parameter.Type, implicitUse: false);
            }

            return offense;
        }

        private void VisitImpliedCalls(SyntaxNode node)
        {
            switch (node)
            {
                case CommonForEachStatementSyntax forEach:
                    VisitForEach(forEach);
                    break;
                case AwaitExpressionSyntax awaitExpression:
                    var awaitInfo = model.GetAwaitExpressionInfo(awaitExpression);
                    Report(node, CheckSymbol(awaitInfo.GetAwaiterMethod, implicitUse: true)
                        ?? CheckSymbol(awaitInfo.IsCompletedProperty, implicitUse: true)
                        ?? CheckSymbol(awaitInfo.GetResultMethod, implicitUse: true));
                    break;
                case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction:
                    Report(node, CheckDeconstruction(model.GetDeconstructionInfo(deconstruction)));
                    break;
            }
        }

        private void VisitDeclarationNode(SyntaxNode node)
        {
            switch (node)
            {
                case AttributeSyntax attribute:
                    VisitAttribute(attribute);
                    break;
                case ExpressionSyntax expression:
                    VisitName(expression);
                    break;
                case BaseTypeDeclarationSyntax typeDeclaration:
                    VisitTypeDeclaration(typeDeclaration);
                    break;
                case VariableDeclaratorSyntax or ParameterSyntax:
                    Report(node, CheckSymbol(model.GetDeclaredSymbol(node, cancellationToken), implicitUse: false));
                    break;
                case PrimaryConstructorBaseTypeSyntax:
                    Report(node, CheckSymbolInfo(model.GetSymbolInfo(node, cancellationToken), implicitUse: false));
                    break;
            }
        }

        /// <summary>A name outside executable code: a member's type, a base type, a using alias, an attribute argument.</summary>
        private void VisitName(ExpressionSyntax expression)
        {
            // The name part of a.B resolves to the same symbol as a.B itself, which was checked already.
            if (IsNamePartOfParent(expression))
            {
                return;
            }

            var symbolInfo = model.GetSymbolInfo(expression, cancellationToken);

            // Once System.IO.File.ReadAllText is refused, the type that qualifies it (System.IO.File) is the same complaint.
            if (symbolInfo.Symbol is ITypeSymbol or INamespaceSymbol
                && expression.Parent is { } parent && _reported.Contains(parent) && parent.SpanStart == expression.SpanStart)
            {
                _reported.Add(expression);
                return;
            }

            var offense = CheckSymbolInfo(symbolInfo, implicitUse: false);
            if (offense is null && expression is TypeOfExpressionSyntax)
            {
                offense = CheckType(model.GetTypeInfo(expression, cancellationToken).Type, implicitUse: false);
            }

            Report(expression, offense);
        }

        private void VisitAttribute(AttributeSyntax attribute)
        {
            var constructor = model.GetSymbolInfo(attribute, cancellationToken).Symbol;
            if (constructor?.ContainingType?.OriginalDefinition.GetDocumentationCommentId() is { } id
                && ForbiddenAttributes.TryGetValue(id, out var feature))
            {
                Report(attribute, Offense.Feature(feature));
                return;
            }

            Report(attribute, CheckSymbol(constructor, implicitUse: false));
        }

        private void VisitTypeDeclaration(BaseTypeDeclarationSyntax declaration)
        {
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is not { } type)
            {
                return;
            }

            // Implicit bases count too: a record implements IEquatable<T>, an enum derives from System.Enum.
            var location = declaration.Identifier.GetLocation();
            foreach (var baseType in type.Interfaces.Prepend(type.BaseType))
            {
                if (CheckType(baseType, implicitUse: false) is { } offense)
                {
                    Findings.Add(offense.Id, offense.Message, location);
                }
            }
        }

        private void VisitForEach(CommonForEachStatementSyntax forEach)
        {
            var info = model.GetForEachStatementInfo(forEach);
            Report(forEach.Expression, CheckSymbol(info.GetEnumeratorMethod, implicitUse: true)
                ?? CheckSymbol(info.MoveNextMethod, implicitUse: true)
                ?? CheckSymbol(info.CurrentProperty, implicitUse: true)
                ?? CheckSymbol(info.DisposeMethod, implicitUse: true)
                ?? CheckType(info.ElementType, implicitUse: false)
                ?? CheckSymbol(info.ElementConversion.MethodSymbol, implicitUse: false)
                ?? CheckSymbol(info.CurrentConversion.MethodSymbol, implicitUse: false));
            if (forEach is ForEachVariableStatementSyntax deconstructing)
            {
                Report(deconstructing.Variable, CheckDeconstruction(model.GetDeconstructionInfo(deconstructing)));
            }
        }

        private Offense? CheckDeconstruction(DeconstructionInfo info)
        {
            var offense = CheckSymbol(info.Method, implicitUse: true) ?? CheckSymbol(info.Conversion?.MethodSymbol, implicitUse: false);
            foreach (var nested in info.Nested)
            {
                offense ??= CheckDeconstruction(nested);
            }

            return offense;
        }

        private Offense? CheckSymbolInfo(SymbolInfo info, bool implicitUse)
        {
            if (info.Symbol is not null)
            {
                return CheckSymbol(info.Symbol, implicitUse);
            }

            // nameof(File.ReadAllText) and other method groups: every candidate is something the script named.
            foreach (var candidate in info.CandidateSymbols)
            {
                if (CheckSymbol(candidate, implicitUse) is { } offense)
                {
                    return offense;
                }
            }

            return null;
        }

        private Offense? CheckSymbol(ISymbol? symbol, bool implicitUse) => symbol switch
        {
            null or INamespaceSymbol or ILabelSymbol or IRangeVariableSymbol or IPreprocessingSymbol => null,
            IAliasSymbol alias => CheckSymbol(alias.Target, implicitUse),
            ITypeSymbol type => CheckType(type, implicitUse),
            ILocalSymbol local => CheckType(local.Type, implicitUse: false),
            IParameterSymbol parameter => CheckType(parameter.Type, implicitUse: false),
            IDiscardSymbol discard => CheckType(discard.Type, implicitUse: false),
            IMethodSymbol method => CheckMethod(method, implicitUse),
            _ => CheckMember(symbol, implicitUse),
        };

        private Offense? CheckMethod(IMethodSymbol method, bool implicitUse)
        {
            // int + int and friends: operators the language defines, with no API behind them.
            if (method.MethodKind == MethodKind.BuiltinOperator)
            {
                return null;
            }

            foreach (var typeArgument in method.TypeArguments)
            {
                if (CheckType(typeArgument, implicitUse: false) is { } offense)
                {
                    return offense;
                }
            }

            if (method.ReducedFrom is { } extension)
            {
                return CheckType(method.ReceiverType, implicitUse: false) ?? CheckMember(extension, implicitUse);
            }

            return CheckMember(method, implicitUse);
        }

        private Offense? CheckMember(ISymbol member, bool implicitUse)
        {
            for (var container = member.ContainingType; container is not null; container = container.ContainingType)
            {
                if (CheckTypeArguments(container) is { } offense)
                {
                    return offense;
                }
            }

            if (IsOwn(member) || decisions.IsAllowed(member.OriginalDefinition, implicitUse))
            {
                return null;
            }

            return Refused(member);
        }

        private Offense? CheckType(ITypeSymbol? type, bool implicitUse)
        {
            switch (type)
            {
                case null or ITypeParameterSymbol or IErrorTypeSymbol:
                    return null;
                case IArrayTypeSymbol array:
                    return CheckType(array.ElementType, implicitUse);
                case IPointerTypeSymbol:
                    return Offense.Feature("A pointer");
                case IFunctionPointerTypeSymbol:
                    return Offense.Feature("A function pointer");
                case IDynamicTypeSymbol:
                    return Offense.Feature("dynamic");
                case INamedTypeSymbol named:
                    for (var container = named; container is not null; container = container.ContainingType)
                    {
                        if (CheckTypeArguments(container) is { } offense)
                        {
                            return offense;
                        }
                    }

                    if (named is { Name: "Expression", Arity: 1 } && named.OriginalDefinition.GetDocumentationCommentId() == ExpressionTreeTypeId)
                    {
                        return Offense.Feature("An expression tree");
                    }

                    return IsOwn(named) || named.IsAnonymousType || decisions.IsAllowed(named.OriginalDefinition, implicitUse)
                        ? null
                        : Refused(named);
                default:
                    return Refused(type);
            }
        }

        private Offense? CheckTypeArguments(INamedTypeSymbol type)
        {
            if (!type.IsGenericType || type.IsDefinition)
            {
                return null;
            }

            foreach (var argument in type.TypeArguments)
            {
                if (CheckType(argument, implicitUse: false) is { } offense)
                {
                    return offense;
                }
            }

            return null;
        }

        /// <summary>A refusal with what to use instead, or else why, when the decision knows (a library member's signature).</summary>
        private Offense Refused(ISymbol symbol) => Offense.Api(symbol, hints.For(symbol) ?? decisions.Why(symbol.OriginalDefinition));

        private bool IsOwn(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _ownAssembly);

        private void Report(SyntaxNode node, Offense? offense)
        {
            if (offense is { } found)
            {
                Findings.Add(found.Id, found.Message, node.GetLocation());
                _reported.Add(node);
            }
        }

        private static bool IsNamePartOfParent(ExpressionSyntax expression) => expression.Parent switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name == expression,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name == expression,
            QualifiedNameSyntax qualified => qualified.Right == expression,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name == expression,
            AttributeSyntax attribute => attribute.Name == expression,
            _ => false,
        };
    }
}
