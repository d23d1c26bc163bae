using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Policy;

namespace ScriptHost.Sandbox.Tests.Policy;

public sealed class RefusalHintsTests
{
    [Fact]
    public void For_NameInsideAHintedNamespaceOrType_TakesTheLongestMatch()
    {
        var hints = RefusalHints.Parse("""
            # comment
            System.Threading.Thread          use async
            System.Threading.Thread.Sleep    use Task.Delay
            """);

        Assert.Equal("use Task.Delay", hints.For("System.Threading.Thread.Sleep"));
        Assert.Equal("use async", hints.For("System.Threading.Thread.Start"));
        Assert.Equal("use async", hints.For("System.Threading.Thread"));
        Assert.Null(hints.For("System.Threading.ThreadPool"));
        Assert.Null(hints.For("System"));
    }

    [Theory]
    [InlineData("System.Console")]
    [InlineData("System.Console use Log\nSystem.Console use Log again")]
    public void Parse_LineWithoutHintOrRepeatedName_ThrowsNamingTheLine(string text)
    {
        var error = Assert.Throws<FormatException>(() => RefusalHints.Parse(text));
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_EveryName_IsAFrameworkNamespaceTypeOrMemberOrAFeature()
    {
        // A hint for a name that no longer exists would silently never show.
        var compilation = CSharpCompilation.Create("Hints", references: CompilerReferences.For([]));
        var names = FrameworkNames.Shared;
        var unknown = RefusalHints.Embedded.Names
            .Where(name => !ForbiddenSyntax.HintedFeatures.Contains(name) && !names.IsNamespace(name) && !IsTypeOrMember(name))
            .ToList();

        Assert.True(unknown.Count == 0, "Hints for names the framework does not have: " + string.Join(", ", unknown));

        bool IsTypeOrMember(string name)
        {
            var lastDot = name.LastIndexOf('.');
            return IsType(name) || (lastDot > 0 && IsType(name[..lastDot]) && HasMember(name[..lastDot], name[(lastDot + 1)..]));
        }

        bool IsType(string name) => Enumerable.Range(0, 4).Any(arity => names.IsType(arity == 0 ? name : $"{name}`{arity}"));

        bool HasMember(string type, string member) =>
            Enumerable.Range(0, 4)
                .Select(arity => compilation.GetTypeByMetadataName(arity == 0 ? type : $"{type}`{arity}"))
                .Any(t => t is null || t.GetMembers(member).Length > 0);
    }
}
