using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Policy;

/// <summary>
/// The compiler's "not found" for a framework name functions cannot use becomes the sandbox's refusal; anything else
/// keeps the compiler's own message.
/// </summary>
[Collection(ScriptCollection.Name)]
public sealed class UnavailableApiDiagnosticsTests
{
    [Theory]
    [InlineData("using System.Collections.Concurrent;\nvar d = new ConcurrentDictionary<string, int>();\nreturn 1;", 2, 13, "'System.Collections.Concurrent.ConcurrentDictionary' is not available to functions.")]
    [InlineData("var d = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();\nreturn 1;", 1, 13, "'System.Collections.Concurrent.ConcurrentDictionary' is not available to functions.")]
    [InlineData("return global::System.Net.Http.HttpMethod.Get.Method;", 1, 16, "'System.Net.Http.HttpMethod.Get' is not available to functions; use Http.")]
    [InlineData("using static System.Console;\nreturn 1;", 1, 14, "'System.Console' is not available to functions; use Log.Info, Log.Warn or Log.Error.")]
    [InlineData("using Web = System.Net.WebClient;\nreturn 1;", 1, 13, "'System.Net.WebClient' is not available to functions; use Http.")]
    [InlineData("var p = new List<Process>();\nreturn 1;", 1, 18, "'System.Diagnostics.Process' is not available to functions.")]
    [InlineData("return Stopwatch.GetTimestamp();", 1, 8, "'System.Diagnostics.Stopwatch.GetTimestamp' is not available to functions.")]
    public async Task Compile_FrameworkNameNotReferenced_IsReportedAsNotAvailableAtTheName(string source, int line, int column, string message)
    {
        var result = await SandboxFixture.Compiler.CompileAsync(source);

        var error = Assert.Single(result.Errors);
        Assert.Equal(SandboxDiagnosticIds.ForbiddenApi, error.Id);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("return JsonDocument.Parse(\"1\").RootElement.GetInt32();", "CS0103", "JsonDocument")]
    [InlineData("JsonDocument document = null!;\nreturn 1;", "CS0246", "JsonDocument")]
    [InlineData("return Lisst.Count;", "CS0103", "Lisst")]
    [InlineData("return countt;", "CS0103", "countt")]
    [InlineData("return System.Conosle.Out;", "CS0234", "Conosle")]
    [InlineData("class File { public static string Read() => \"mine\"; }\nreturn Fille.Read();", "CS0103", "Fille")]
    public async Task Compile_NameThatIsNoUnavailableFrameworkType_KeepsTheCompilersMessage(string source, string id, string name)
    {
        // An allowed type that only lacks its using, a typo, or a lone unknown name (far more often a variable).
        var result = await SandboxFixture.Compiler.CompileAsync(source);

        var error = Assert.Single(result.Errors);
        Assert.Equal(id, error.Id);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_SameUnavailableTypeTwiceOnALine_IsReportedOnce()
    {
        var result = await SandboxFixture.Compiler.CompileAsync("using System.Net.Http;\nHttpClient a = new HttpClient();\nreturn 1;");

        Assert.Equal([(1, 7), (2, 1)], result.Errors.Select(e => (e.Line, e.Column)));
        Assert.All(result.Errors, e => Assert.Equal(SandboxDiagnosticIds.ForbiddenApi, e.Id));
    }
}
