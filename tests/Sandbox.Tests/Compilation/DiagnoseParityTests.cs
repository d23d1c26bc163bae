using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Compilation;

/// <summary>
/// <see cref="ScriptCompiler.DiagnoseAsync"/> (the editor's diagnostics) against <see cref="ScriptCompiler.CompileAsync"/>
/// (a deploy) over every case a deploy refuses: the first error is the same, by id, line and column, except where only
/// the IL check (which diagnosing skips) finds it; those cases are listed here with the reason.
/// </summary>
[Collection(ScriptCollection.Name)]
public sealed class DiagnoseParityTests
{
    /// <summary>Findings only the check of the final IL makes: diagnosing stops before emit.</summary>
    private static readonly Dictionary<string, string> IlOnly = new(StringComparer.Ordinal)
    {
        ["Escapes/list-subclass-capacity-base-constructor"] = "a sized call used as a base constructor: only the guarded IL shows the check cannot run there (SH0004)",
        ["Escapes/regex-subclass-base-constructor"] = "the same for Regex's constructor (SH0004)",
    };

    public static IEnumerable<object[]> Cases =>
        new[] { "Escapes", "CompileBombs", "Resources", "Valid", "SharedCode" }
            .Where(folder => Directory.Exists(Path.Combine(ScriptCase.CasesRoot, folder)))
            .SelectMany(ScriptCase.In)
            .Where(c => ((ScriptCase)c[0]).Expected["outcome"]?.GetValue<string>() == "compileError");

    public static IEnumerable<object[]> TwilioCases => ScriptCase.In("Twilio").Where(c => ((ScriptCase)c[0]).Expected["outcome"]?.GetValue<string>() == "compileError");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Diagnose_CaseADeployRefuses_ReportsTheSameFirstError(ScriptCase scriptCase) => CompareAsync(scriptCase, SandboxFixture.Compiler);

    [Theory]
    [MemberData(nameof(TwilioCases))]
    public Task Diagnose_TwilioCaseADeployRefuses_ReportsTheSameFirstError(ScriptCase scriptCase) => CompareAsync(scriptCase, SampleCompiler.Compiler);

    [Fact]
    public async Task Diagnose_ValidScript_HasNoErrorAndCountsNoCompile()
    {
        var before = SandboxFixture.Compiler.ScriptsCompiled;

        var result = await SandboxFixture.Compiler.DiagnoseAsync("var x = 1;\nreturn x + Input.Length;", fileName: "f.csx", sharedCode: []);

        Assert.Empty(result.Errors);
        Assert.Null(result.Script);
        Assert.Equal(before, SandboxFixture.Compiler.ScriptsCompiled);
    }

    private static async Task CompareAsync(ScriptCase scriptCase, ScriptCompiler compiler)
    {
        var deployed = await compiler.CompileAsync(scriptCase.Source, scriptCase.FileName, scriptCase.SharedCode);
        var diagnosed = await compiler.DiagnoseAsync(scriptCase.Source, scriptCase.FileName, scriptCase.SharedCode);

        var deployError = deployed.Errors.First();
        if (IlOnly.ContainsKey(scriptCase.RelativePath))
        {
            return;
        }

        var diagnoseError = diagnosed.Errors.FirstOrDefault();
        Assert.True(diagnoseError is not null, $"{scriptCase}: deploy refuses with {deployError}, diagnose finds nothing");
        Assert.Equal((deployError.Id, deployError.Line, deployError.Column, deployError.File), (diagnoseError.Id, diagnoseError.Line, diagnoseError.Column, diagnoseError.File));
    }
}
