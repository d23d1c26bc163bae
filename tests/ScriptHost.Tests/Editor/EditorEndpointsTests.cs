using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Editor;

public sealed class EditorEndpointsTests(EditorFactory factory) : IClassFixture<EditorFactory>
{
    private const string Greeter = "public static class Greeter\n{\n    /// <summary>Greets by name.</summary>\n    public static string Greet(string name) => $\"Hi {name}\";\n}\n";

    [Fact]
    public async Task Completions_AfterLog_OffersInfoWithItsDocsAndTheRangeInOneBasedColumns()
    {
        using var service = await factory.CreateServiceAsync("ed-complete");

        var answer = await PostAsync(service, "completions", new { source = "var a = 1;\nLog.In", line = 2, column = 7 });

        var info = answer.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("label").GetString() == "Info");
        Assert.Equal("method", info.GetProperty("kind").GetString());
        Assert.Contains("Info level", info.GetProperty("documentation").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, answer.GetProperty("range").GetProperty("startColumn").GetInt32());
        Assert.Equal(2, answer.GetProperty("range").GetProperty("startLine").GetInt32());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("incomplete").ValueKind);
    }

    [Fact]
    public async Task Completions_OfARefusedType_OffersNotItsRefusedMembers()
    {
        using var service = await factory.CreateServiceAsync("ed-refused");

        var answer = await PostAsync(service, "completions", new { source = "await Task.", line = 1, column = 12 });

        var labels = answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("filterText").GetString()).ToList();
        Assert.Contains("Delay", labels);
        Assert.DoesNotContain("Run", labels);
    }

    [Fact]
    public async Task Completions_TooDeep_AnswersEmptyAndSaysWhy()
    {
        using var service = await factory.CreateServiceAsync("ed-deep");
        var source = "var x = " + new string('(', 300) + "1" + new string(')', 300) + ";";

        var answer = await PostAsync(service, "completions", new { source, line = 1, column = 1 });

        Assert.Equal("tooDeep", answer.GetProperty("incomplete").GetString());
        Assert.Empty(answer.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Completions_SourceOverTheCompileLimit_AnswersTooLargeWithoutItems()
    {
        using var service = await factory.CreateServiceAsync("ed-large");
        var source = new string(' ', 260 * 1024) + "Log.";

        var answer = await PostAsync(service, "completions", new { source, line = 1, column = source.Length + 1 });

        Assert.Equal("tooLarge", answer.GetProperty("incomplete").GetString());
        Assert.Empty(answer.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Diagnostics_SourceOverTheCompileLimit_ReportsTheDeploysSizeError()
    {
        using var service = await factory.CreateServiceAsync("ed-large-diag");
        var source = "// " + new string('x', 260 * 1024) + "\nreturn 1;";

        var answer = await PostAsync(service, "diagnostics", new { source, line = 1, column = 1 });

        var error = Assert.Single(answer.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("SH0100", "error"), (error.GetProperty("id").GetString(), error.GetProperty("severity").GetString()));
    }

    [Fact]
    public async Task Completions_WithAnEnvironment_SeeThatEnvironmentsLiveSharedCode()
    {
        using var service = await factory.CreateServiceAsync("ed-lib");
        await service.CreateEnvironmentAsync("dev");
        var build = await BuildAsync(service.Client, service.Api, new
        {
            functions = new[] { Function("/hi", "return Greeter.Greet(\"dev\");") },
            lib = new[] { new { path = "lib/greeter.cs", source = Greeter } },
        });
        await service.DeployBuildAsync("dev", build.GetProperty("id").GetInt32());
        var request = new { source = "var s = Greeter.", line = 1, column = 17, environment = "dev" };

        var onDev = await PostAsync(service, "completions", request);
        var onProduction = await PostAsync(service, "completions", request with { environment = (string)null! });

        var greet = onDev.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("label").GetString() == "Greet");
        Assert.Contains("Greets by name", greet.GetProperty("documentation").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(onProduction.GetProperty("items").EnumerateArray(), i => i.GetProperty("label").GetString() == "Greet");
    }

    [Fact]
    public async Task Diagnostics_RefusedFrameworkCall_ReportsTheDeploysErrorAtItsLine()
    {
        using var service = await factory.CreateServiceAsync("ed-diag");

        var answer = await PostAsync(service, "diagnostics", new { source = "var a = 1;\nvar t = System.IO.File.ReadAllText(\"x\");\nreturn t;", line = 1, column = 1 });

        var error = answer.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("SH0001", error.GetProperty("id").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Diagnostics_ValidFunction_ReportsNothingAndDeploysNothing()
    {
        using var service = await factory.CreateServiceAsync("ed-valid");

        var answer = await PostAsync(service, "diagnostics", new { source = "return \"hi\";", line = 1, column = 1 });

        Assert.Empty(answer.GetProperty("diagnostics").EnumerateArray());
        var functions = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions");
        Assert.Empty(functions.EnumerateArray());
    }

    [Fact]
    public async Task Hover_OnARefusedMember_SaysFunctionsCannotUseIt()
    {
        using var service = await factory.CreateServiceAsync("ed-hover");

        var answer = await PostAsync(service, "hover", new { source = "var t = System.IO.File.ReadAllText(\"x\");", line = 1, column = 28 });

        var markdown = answer.GetProperty("markdown").GetString();
        Assert.StartsWith("```csharp", markdown, StringComparison.Ordinal);
        Assert.Contains("Functions cannot use this", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signature_InASecondArgument_NamesTheOverloadAndTheActiveParameter()
    {
        using var service = await factory.CreateServiceAsync("ed-sig");

        var answer = await PostAsync(service, "signature", new { source = "var s = \"abc\".Substring(1, ", line = 1, column = 28 });

        var active = answer.GetProperty("signatures")[answer.GetProperty("activeSignature").GetInt32()];
        Assert.Contains("Substring(int startIndex, int length)", active.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, answer.GetProperty("activeParameter").GetInt32());
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("completions")]
    [InlineData("hover")]
    [InlineData("diagnostics")]
    public async Task Editor_PositionOutsideTheSource_Returns400Problem(string route)
    {
        using var service = await factory.CreateServiceAsync("ed-pos");

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/editor/{route}", new { source = "Log.", line = 3, column = 1 });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("column", out _));
    }

    [Fact]
    public async Task Editor_UnknownEnvironment_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync("ed-env");

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/editor/completions", new { source = "Log.", line = 1, column = 5, environment = "nope" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Editor_AnotherServicesKey_Returns404AndNoKey401()
    {
        using var service = await factory.CreateServiceAsync("ed-own");
        using var other = await factory.CreateServiceAsync("ed-other");
        using var anonymous = factory.CreateAnonymousClient();
        var body = new { source = "Log.", line = 1, column = 5 };

        using var foreign = await other.Client.PostAsJsonAsync($"{service.Api}/editor/completions", body);
        using var keyless = await anonymous.PostAsJsonAsync($"{service.Api}/editor/completions", body);

        await ProblemAssert.IsProblemAsync(foreign, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(keyless, HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonElement> PostAsync(TestService service, string route, object body)
    {
        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/editor/{route}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
