using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Compilation.SharedCode;

[Collection(ScriptCollection.Name)]
public sealed class SharedCodeRulesTests
{
    [Theory]
    [InlineData("lib/helpers.cs")]
    [InlineData("lib/twilio/replies.cs")]
    [InlineData("lib/a-b_c~d.e.cs")]
    public void PathError_PathUnderLibEndingInCs_IsNull(string path) => Assert.Null(SharedCodeRules.PathError(path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("helpers.cs")]
    [InlineData("/lib/helpers.cs")]
    [InlineData("src/helpers.cs")]
    [InlineData("lib/helpers.csx")]
    [InlineData("lib/helpers.CS")]
    [InlineData("lib/.cs")]
    [InlineData("lib/sub/.cs")]
    [InlineData("lib/../secrets.cs")]
    [InlineData("lib/./helpers.cs")]
    [InlineData("lib//helpers.cs")]
    [InlineData("lib\\helpers.cs")]
    [InlineData("lib/he\"lpers.cs")]
    [InlineData("lib/help ers.cs")]
    [InlineData("lib/helpers.cs\n#r \"x.dll\"")]
    public void PathError_PathOutsideTheRule_SaysWhy(string? path) => Assert.NotNull(SharedCodeRules.PathError(path));

    [Fact]
    public void PathError_PathLongerThanTheLimit_SaysWhy()
    {
        var path = "lib/" + new string('a', SharedCodeRules.MaxPathLength) + ".cs";
        Assert.Contains("longer", SharedCodeRules.PathError(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_SharedCodeOutsideLib_IsRefusedBeforeCompiling()
    {
        var result = await SandboxFixture.Compiler.CompileAsync("return 1;", "f.csx", [new SharedCodeFile("../etc/passwd", "class A {}")]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((SandboxDiagnosticIds.InvalidSharedCode, "../etc/passwd"), (error.Id, error.File));
        Assert.Contains("under 'lib/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_SamePathTwice_IsRefusedAtThatFile()
    {
        var result = await SandboxFixture.Compiler.CompileAsync(
            "return 1;", "f.csx", [new SharedCodeFile("lib/a.cs", "class A {}"), new SharedCodeFile("lib/a.cs", "class B {}")]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((SandboxDiagnosticIds.InvalidSharedCode, "lib/a.cs"), (error.Id, error.File));
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_MoreFilesThanTheLimit_IsRefused()
    {
        var files = Enumerable.Range(0, SharedCodeRules.MaxFiles + 1).Select(i => new SharedCodeFile($"lib/f{i}.cs", $"class F{i} {{}}")).ToList();

        var result = await SandboxFixture.Compiler.CompileAsync("return 1;", "f.csx", files);

        Assert.Equal(SandboxDiagnosticIds.InvalidSharedCode, Assert.Single(result.Errors).Id);
    }
}
