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

    [Fact]
    public void For_NameMatchingAPattern_TakesTheLongestMatchOfNamesAndPatterns()
    {
        var hints = RefusalHints.Parse("""
            Some.Rest                      use the client
            Some.Rest.**.ToJson            use Json.Serialize
            Some.Rest.*.Internal           not for functions
            Some.Rest.Api.Special.ToJson   use the special one
            """);

        Assert.Equal("use Json.Serialize", hints.For("Some.Rest.Api.V2010.MessageResource.ToJson"));
        Assert.Equal("use Json.Serialize", hints.For("Some.Rest.ToJson"));
        Assert.Equal("use the special one", hints.For("Some.Rest.Api.Special.ToJson"));
        Assert.Equal("not for functions", hints.For("Some.Rest.Api.Internal.Dump"));
        Assert.Equal("use the client", hints.For("Some.Rest.Api.V2010.Deeper.Internal"));
        Assert.Equal("use the client", hints.For("Some.Rest.Api.V2010.MessageResource.ToJsonString"));
        Assert.Null(hints.For("Some.Other.ToJson"));
    }

    [Fact]
    public void Parse_MalformedPattern_ThrowsNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => RefusalHints.Parse("Some.Rest.To*Json use Json.Serialize"));
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
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
    public void Embedded_EveryName_IsAFrameworkOrLibraryNamespaceTypeOrMemberOrAFeature()
    {
        // A hint for a name that no longer exists would silently never show. The libraries are the server's (Twilio).
        var library = typeof(global::Twilio.TwilioClient).Assembly;
        var compilation = CSharpCompilation.Create("Hints", references: CompilerReferences.For([library]));
        var names = FrameworkNames.Shared;
        var libraryNamespaces = library.GetExportedTypes()
            .SelectMany(t => Prefixes(t.Namespace ?? string.Empty))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = RefusalHints.Embedded.Names
            .Where(name => !ForbiddenSyntax.HintedFeatures.Contains(name) && name != AllowlistParser.JsonTextArgumentsDirective)
            // A pattern (Twilio.Rest.**.ToJson) is checked up to its first wildcard.
            .Select(name => name.Contains('*', StringComparison.Ordinal) ? name[..name.IndexOf(".*", StringComparison.Ordinal)] : name)
            .Where(name => !names.IsNamespace(name) && !libraryNamespaces.Contains(name) && !IsTypeOrMember(name))
            .ToList();

        Assert.True(unknown.Count == 0, "Hints for names the framework and the libraries do not have: " + string.Join(", ", unknown));

        bool IsTypeOrMember(string name)
        {
            var lastDot = name.LastIndexOf('.');
            return IsType(name) || (lastDot > 0 && IsType(name[..lastDot]) && HasMember(name[..lastDot], name[(lastDot + 1)..]));
        }

        bool IsType(string name) => Enumerable.Range(0, 4)
            .Select(arity => arity == 0 ? name : $"{name}`{arity}")
            .Any(metadataName => names.IsType(metadataName) || compilation.GetTypeByMetadataName(metadataName) is not null);

        bool HasMember(string type, string member) =>
            Enumerable.Range(0, 4)
                .Select(arity => compilation.GetTypeByMetadataName(arity == 0 ? type : $"{type}`{arity}"))
                .Any(t => t is null || t.GetMembers(member).Length > 0);
    }

    /// <summary>N and every namespace it is in.</summary>
    private static IEnumerable<string> Prefixes(string ns)
    {
        for (var dot = ns.IndexOf('.', StringComparison.Ordinal); dot > 0; dot = ns.IndexOf('.', dot + 1))
        {
            yield return ns[..dot];
        }

        yield return ns;
    }
}
