using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Policy;

namespace ScriptHost.Sandbox.Tests.Policy;

public sealed class AllowlistTests
{
    private const string Sample = """
        # comment
        [scripts]
        namespace System
            Math *
                -Abs
            Object
                ToString
            Nope
        namespace System.Text.RegularExpressions
            Regex
                IsMatch(string, string, RegexOptions, TimeSpan)
                NoSuchMember
        [compiler]
        namespace System
            Type
                GetTypeFromHandle
        """;

    [Fact]
    public void Parse_SectionsTypesMembersAndExclusions_AreRead()
    {
        var entries = Allowlist.Parse(Sample).Entries;
        Assert.Equal(5, entries.Count);
        var math = entries[0];
        Assert.True(math.AllMembers);
        Assert.Equal("System.Math", math.FullMetadataName);
        Assert.Equal("Abs", Assert.Single(math.Exclusions).Name);
        Assert.Equal("string, string, RegexOptions, TimeSpan", entries[3].Members[0].Parameters);
        Assert.Equal(AllowlistSection.Compiler, entries[4].Section);
    }

    [Theory]
    [InlineData("[scripts]\nnamespace System\n        Orphan", 3)]
    [InlineData("[scripts]\nnamespace System\n    Math\n        -Abs", 4)]
    [InlineData("    Math", 1)]
    [InlineData("[scripts]\nnamespace System\n  Math", 3)]
    public void Parse_MalformedLine_ThrowsNamingTheLine(string text, int line)
    {
        var error = Assert.Throws<FormatException>(() => Allowlist.Parse(text));
        Assert.Contains($"line {line}:", error.Message, StringComparison.Ordinal);
    }

    private const string LibrarySample = """
        [scripts]
        namespace System
            Math *
        [library Some.Library]
        namespace Some.Library.Messages **
            -Sender.Configure
            -Sender.Send(object)
            -Internal.**
        namespace Some.Library.Clients
            IClient
                Name
        namespace Some.Library.Rest **
        [compiler]
        namespace System
            Type
                GetTypeFromHandle
        """;

    [Fact]
    public void Parse_LibrarySection_ReadsNamespacesExclusionsAndTypeLinesApartFromTheFramework()
    {
        var allowlist = Allowlist.Parse(LibrarySample);
        Assert.Equal(["System.Math", "System.Type"], allowlist.Entries.Select(e => e.FullMetadataName));

        var library = Assert.Single(allowlist.Libraries);
        Assert.Equal("Some.Library", library.AssemblyName);
        Assert.Equal(["Some.Library.Messages", "Some.Library.Rest"], library.Namespaces.Select(n => n.Namespace));
        Assert.Equal(["Sender.Configure", "Sender.Send(object)", "Internal.**"], library.Namespaces[0].Exclusions.Select(e => e.Written));
        Assert.Equal("object", library.Namespaces[0].Exclusions[1].Parameters);
        Assert.Empty(library.Namespaces[1].Exclusions);
        var client = Assert.Single(library.Types);
        Assert.Equal((AllowlistSection.Library, "Some.Library.Clients.IClient"), (client.Section, client.FullMetadataName));
        Assert.Equal("Name", Assert.Single(client.Members).Name);
    }

    [Theory]
    [InlineData("[scripts]\nnamespace System **", 2)]
    [InlineData("[library L]\nnamespace L **\n    Sender", 3)]
    [InlineData("[library L]\nnamespace L **\nnamespace L.Sub **", 3)]
    [InlineData("[library L]\nnamespace L.Sub **\nnamespace L **", 3)]
    [InlineData("[library L]\nnamespace L **\n    -Send(object", 3)]
    [InlineData("[library L]\n[library L]", 2)]
    [InlineData("[library ]", 1)]
    public void Parse_MalformedLibraryLine_ThrowsNamingTheLine(string text, int line)
    {
        var error = Assert.Throws<FormatException>(() => Allowlist.Parse(text));
        Assert.Contains($"line {line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_LibrarySection_LeavesTheFrameworkIdsAsTheyAre()
    {
        var compilation = CSharpCompilation.Create("Test", references: CompilerReferences.For([]));
        var withLibrary = ResolvedAllowlist.Resolve(Allowlist.Parse(LibrarySample), compilation);
        var without = ResolvedAllowlist.Resolve(Allowlist.Parse(LibrarySample[..LibrarySample.IndexOf("[library", StringComparison.Ordinal)]
            + LibrarySample[LibrarySample.IndexOf("[compiler]", StringComparison.Ordinal)..]), compilation);
        Assert.Empty(withLibrary.Errors);
        Assert.Equal(without.AnyIds.Order(StringComparer.Ordinal), withLibrary.AnyIds.Order(StringComparer.Ordinal));
        Assert.Equal(without.ScriptIds.Order(StringComparer.Ordinal), withLibrary.ScriptIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_EntriesThatMatchNothing_AreErrors()
    {
        var resolved = ResolvedAllowlist.Resolve(Allowlist.Parse(Sample), CSharpCompilation.Create("Test", references: CompilerReferences.For([])));
        Assert.Equal(2, resolved.Errors.Count);
        Assert.Contains(resolved.Errors, e => e.Contains("System.Nope", StringComparison.Ordinal));
        Assert.Contains(resolved.Errors, e => e.Contains("NoSuchMember", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_SectionsExclusionsAndOverloads_DecideWhatScriptsMayName()
    {
        var resolved = ResolvedAllowlist.Resolve(Allowlist.Parse(Sample), CSharpCompilation.Create("Test", references: CompilerReferences.For([])));
        Assert.True(resolved.ScriptIds.Contains("M:System.Math.Max(System.Int32,System.Int32)"), "M:System.Math.Max(System.Int32,System.Int32)");
        Assert.False(resolved.ScriptIds.Contains("M:System.Math.Abs(System.Int32)"), "M:System.Math.Abs(System.Int32)");
        Assert.True(resolved.ScriptIds.Contains("M:System.Text.RegularExpressions.Regex.IsMatch(System.String,System.String,System.Text.RegularExpressions.RegexOptions,System.TimeSpan)"), "M:System.Text.RegularExpressions.Regex.IsMatch(System.String,System.String,System.Text.RegularExpressions.RegexOptions,System.TimeSpan)");
        Assert.False(resolved.ScriptIds.Contains("M:System.Text.RegularExpressions.Regex.IsMatch(System.String,System.String)"), "M:System.Text.RegularExpressions.Regex.IsMatch(System.String,System.String)");
        Assert.False(resolved.ScriptIds.Contains("M:System.Type.GetTypeFromHandle(System.RuntimeTypeHandle)"), "M:System.Type.GetTypeFromHandle(System.RuntimeTypeHandle)");
        Assert.True(resolved.AnyIds.Contains("M:System.Type.GetTypeFromHandle(System.RuntimeTypeHandle)"), "M:System.Type.GetTypeFromHandle(System.RuntimeTypeHandle)");
    }

    [Fact]
    public void Embedded_Allowlist_KeepsJsonSerializerAndReflectionOut()
    {
        var ids = ResolvedAllowlist.Framework.ScriptIds;
        Assert.True(ids.Contains("T:System.Text.Json.Nodes.JsonNode"), "T:System.Text.Json.Nodes.JsonNode");
        Assert.False(ids.Contains("T:System.Text.Json.JsonSerializer"), "T:System.Text.Json.JsonSerializer");
        Assert.False(ids.Contains("P:System.Type.Assembly"), "P:System.Type.Assembly");
        Assert.False(ids.Contains("P:System.Reflection.MemberInfo.Module"), "P:System.Reflection.MemberInfo.Module");
        Assert.False(ids.Contains("M:System.Type.GetMethod(System.String)"), "M:System.Type.GetMethod(System.String)");
        Assert.False(ids.Contains("M:System.Type.MakeGenericType(System.Type[])"), "M:System.Type.MakeGenericType(System.Type[])");
        Assert.False(ids.Contains("M:System.Type.GetType(System.String)"), "M:System.Type.GetType(System.String)");
        Assert.False(ids.Contains("T:System.Reflection.MethodInfo"), "T:System.Reflection.MethodInfo");
        Assert.False(ids.Contains("P:System.Exception.TargetSite"), "P:System.Exception.TargetSite");
        Assert.False(ids.Contains("M:System.Threading.Tasks.Task.Run(System.Action)"), "M:System.Threading.Tasks.Task.Run(System.Action)");
    }

    [Fact]
    public void Embedded_Allowlist_TypeOffersOnlyNamesAndFlags()
    {
        // object.GetType() is allowed, so whatever System.Type (and MemberInfo, which declares Name) lets a script
        // touch must lead nowhere: every allowed member returns a string, a bool, an int or compares types.
        var compilation = CSharpCompilation.Create("TypeMembers", references: CompilerReferences.For([]));
        var allowed = new[] { "System.Type", "System.Reflection.MemberInfo" }
            .SelectMany(name => compilation.GetTypeByMetadataName(name)!.GetMembers())
            .Where(member => member.GetDocumentationCommentId() is { } id && ResolvedAllowlist.Framework.ScriptIds.Contains(id))
            .ToList();

        Assert.Contains(allowed, member => member.Name == "Name");
        Assert.Contains(allowed, member => member.Name == "FullName");
        Assert.All(allowed, member =>
        {
            var returns = member switch
            {
                Microsoft.CodeAnalysis.IPropertySymbol property => property.Type,
                Microsoft.CodeAnalysis.IMethodSymbol method => method.ReturnType,
                _ => null,
            };
            Assert.True(
                returns?.SpecialType is Microsoft.CodeAnalysis.SpecialType.System_String or Microsoft.CodeAnalysis.SpecialType.System_Boolean
                    or Microsoft.CodeAnalysis.SpecialType.System_Int32,
                $"{member.ToDisplayString()} returns {returns?.ToDisplayString() ?? "something else"}");
        });
    }

    [Fact]
    public void Version_IsAHashOfTheText()
    {
        Assert.Equal(Allowlist.Parse(Sample).Version, Allowlist.Parse(Sample).Version);
        Assert.NotEqual(Allowlist.Parse(Sample).Version, Allowlist.Parse(Sample + "\n    Guid *").Version);
        Assert.Equal(Allowlist.Embedded.Version, PolicyTestCompilation.Policy.Version);
    }
}
