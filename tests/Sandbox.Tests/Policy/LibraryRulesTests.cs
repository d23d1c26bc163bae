using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Policy;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Policy;

/// <summary>Decisions no script can ask for by name, taken on the library's symbols directly.</summary>
public sealed class LibraryRulesTests
{
    private static readonly CSharpCompilation Library =
        CSharpCompilation.Create("LibraryRulesTests", references: CompilerReferences.For([typeof(TestHost).Assembly, TestLibraryPolicy.Library]));

    private static LibraryRules Rules => Assert.Single(TestLibraryPolicy.Policy.Libraries);

    [Fact]
    public void Decide_ConstructorTakingATypeScriptsDoNotReference_IsRefusedForItsSignature()
    {
        // System.Net.Http is not among the scripts' references: the parameter's type does not even resolve.
        var constructor = Type("TestLibrary.Messages.Sender").Constructors.Single(c => c.Parameters.Length == 2);

        var verdict = Decide(constructor);

        Assert.Equal(LibraryVerdictKind.ForbiddenInSignature, verdict.Kind);
        Assert.Equal("its signature uses 'System.Net.Http.HttpClient', which functions may not pass to or take from a library", verdict.Reason);
    }

    [Fact]
    public void Decide_TypeOfAnExcludedSubNamespace_IsExcludedByItsLine()
    {
        var verdict = Decide(Type("TestLibrary.Messages.Internal.Diagnostics"));

        Assert.Equal((LibraryVerdictKind.Excluded, "Internal.**"), (verdict.Kind, verdict.Exclusion?.Written));
    }

    private static INamedTypeSymbol Type(string metadataName) =>
        Library.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName + " is not in the test library.");

    private static LibraryVerdict Decide(ISymbol symbol) =>
        Rules.Decide(symbol, type => TestLibraryPolicy.Policy.Decisions.IsAllowed(type, implicitUse: false));
}
