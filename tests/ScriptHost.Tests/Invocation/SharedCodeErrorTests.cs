using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Builds;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Invocation;

/// <summary>
/// A function whose shared code throws answers 500 naming the shared code file, line and column, and its invocation
/// record keeps them; an error in the function's own source answers as it always has, without a file. test.sh runs
/// this with functions in worker processes and in-process, so the file crosses the worker wire too.
/// </summary>
public sealed class SharedCodeErrorTests(BuildsFactory factory) : IClassFixture<BuildsFactory>
{
    // An async method's frame is never inlined into its caller, so the error is in this file, at the throw (line 7).
    private const string Checks =
        "public static class Checks\n" +
        "{\n" +
        "    public static async Task NotEmptyAsync(string value)\n" +
        "    {\n" +
        "        await Task.Yield();\n" +
        "        if (value.Length == 0)\n" +
        "            throw new ArgumentException(\"the value is empty\");\n" +
        "    }\n" +
        "}\n";

    [Fact]
    public async Task Invoke_SharedCodeThrows_Answers500AndRecordsTheSharedCodeFileAndLine()
    {
        using var service = await factory.CreateServiceAsync("lib-throws");
        var build = await BuildAsync(service.Client, service.Api, new
        {
            functions = new[]
            {
                Function("/check", "await Checks.NotEmptyAsync(string.Empty);\nreturn \"never\";"),
                Function("/own", "await Checks.NotEmptyAsync(\"fine\");\nthrow new InvalidOperationException(\"in the function\");"),
            },
            lib = new[] { new { path = "lib/checks.cs", source = Checks } },
        });
        Assert.True(build.GetProperty("status").GetString() == "completed", build.ToString());
        await service.DeployBuildAsync("production", build.GetProperty("id").GetInt32());
        using var caller = factory.CreateAnonymousClient();

        var inLib = await ProblemAssert.IsProblemAsync(await caller.GetAsync($"/{service.Name}/check"), HttpStatusCode.InternalServerError);
        var inFunction = await ProblemAssert.IsProblemAsync(await caller.GetAsync($"/{service.Name}/own"), HttpStatusCode.InternalServerError);

        Assert.Equal("System.ArgumentException", inLib.GetProperty("errorType").GetString());
        Assert.Equal("the value is empty", inLib.GetProperty("detail").GetString());
        Assert.Equal(("lib/checks.cs", 7, 13), (inLib.GetProperty("file").GetString(), inLib.GetProperty("line").GetInt32(), inLib.GetProperty("column").GetInt32()));
        Assert.Equal(2, inFunction.GetProperty("line").GetInt32());
        Assert.False(inFunction.TryGetProperty("file", out _), inFunction.ToString());

        var records = await Eventually.MatchesAsync(
            async () => (await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/invocations")).EnumerateArray().ToList(),
            found => found.Count >= 2,
            "2 invocation records");
        var libError = records.Single(record => record.GetProperty("function").GetString() == "/check").GetProperty("error");
        var ownError = records.Single(record => record.GetProperty("function").GetString() == "/own").GetProperty("error");
        Assert.Equal(("lib/checks.cs", 7, 13), (libError.GetProperty("file").GetString(), libError.GetProperty("line").GetInt32(), libError.GetProperty("column").GetInt32()));
        Assert.Equal((JsonValueKind.Null, 2), (ownError.GetProperty("file").ValueKind, ownError.GetProperty("line").GetInt32()));
    }
}
