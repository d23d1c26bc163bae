using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Hosting;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Builds;

/// <summary>
/// <c>POST/GET /api/services/{service}/builds</c> on the real server: a bundle builds into function versions, stored
/// images, assets and shared code; an unchanged function is reused without compiling; every compile error of every
/// function (and each of shared code's once) is reported; nothing a build does is live.
/// </summary>
public sealed class BuildEndpointsTests(BuildsFactory factory) : IClassFixture<BuildsFactory>
{
    private const string Helper = "public static class Greeting\n{\n    public static string Hello(string name) => $\"Hello, {name}\";\n}\n";

    private static object ThreeFunctionBundle(string changedSource = "return Greeting.Hello(\"c\");", object? secondAsset = null) => new
    {
        functions = new[]
        {
            Function("/a", "return Greeting.Hello(\"a\");"),
            Function("b", "return Greeting.Hello(\"b\");", "protected"),
            Function("/c", changedSource, "private"),
        },
        assets = new[]
        {
            Text("/hello.txt", "hello asset"),
            secondAsset ?? Text("/data.json", "{\"x\":1}", "private", "application/json"),
        },
        lib = new[] { new { path = "lib/greeting.cs", source = Helper } },
    };

    [Fact]
    public async Task Bundle_ThreeFunctionsSharedCodeAndTwoAssets_CompletesWithVersionsAndHashesAndNothingLive()
    {
        using var service = await factory.CreateServiceAsync("build");

        var queued = await StartAsync(service.Client, service.Api, ThreeFunctionBundle());
        Assert.Contains(queued.GetProperty("status").GetString(), new[] { "queued", "building" });
        Assert.Equal("bundle", queued.GetProperty("origin").GetString());
        // Queued, it already says what it holds; versions and whether each compiled come once it has finished.
        var queuedB = Named(queued.GetProperty("functions"), "/b");
        Assert.Equal(3, queued.GetProperty("functions").GetArrayLength());
        Assert.Equal(("protected", Sha256("return Greeting.Hello(\"b\");")), (queuedB.GetProperty("visibility").GetString(), queuedB.GetProperty("sha256").GetString()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (queuedB.GetProperty("version").ValueKind, queuedB.GetProperty("compiled").ValueKind));
        var build = await FinishedAsync(service.Client, service.Api, queued.GetProperty("id").GetInt32());

        Assert.True(build.GetProperty("status").GetString() == "completed", build.ToString());
        var functions = build.GetProperty("functions");
        Assert.Equal(3, functions.GetArrayLength());
        var b = Named(functions, "/b");
        Assert.Equal("protected", b.GetProperty("visibility").GetString());
        Assert.Equal(1, b.GetProperty("version").GetInt32());
        Assert.Equal(Sha256("return Greeting.Hello(\"b\");"), b.GetProperty("sha256").GetString());
        Assert.False(b.GetProperty("reused").GetBoolean());
        Assert.True(b.GetProperty("compiled").GetBoolean());
        var text = Named(build.GetProperty("assets"), "/hello.txt");
        Assert.Equal("text/plain", text.GetProperty("contentType").GetString());
        Assert.Equal(Sha256("hello asset"), text.GetProperty("sha256").GetString());
        Assert.Equal(11, text.GetProperty("length").GetInt64());
        var json = Named(build.GetProperty("assets"), "/data.json");
        Assert.Equal("application/json", json.GetProperty("contentType").GetString());
        Assert.Equal("private", json.GetProperty("visibility").GetString());
        var lib = Assert.Single(build.GetProperty("lib").EnumerateArray());
        Assert.Equal("lib/greeting.cs", lib.GetProperty("path").GetString());
        Assert.Equal(Sha256(Helper), lib.GetProperty("sha256").GetString());
        Assert.Empty(build.GetProperty("diagnostics").EnumerateArray());

        // A build is not a deployment: nothing of it answers.
        using var caller = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/{service.Name}/a")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/{service.Name}/hello.txt")).StatusCode);
    }

    [Fact]
    public async Task Rebuild_Unchanged_ReusesEveryFunctionWithoutCompiling()
    {
        using var service = await factory.CreateServiceAsync("reuse");
        var first = await BuildAsync(service.Client, service.Api, ThreeFunctionBundle());
        Assert.Equal("completed", first.GetProperty("status").GetString());
        var compiledBefore = await RestartPersistenceTests.ScriptsCompiledAsync(factory);

        // The unchanged asset is sent by the hash of the content the service already has.
        var bySha = new { path = "/data.json", visibility = "private", sha256 = Sha256("{\"x\":1}"), contentType = "application/json" };
        var second = await BuildAsync(service.Client, service.Api, ThreeFunctionBundle(secondAsset: bySha));

        Assert.True(second.GetProperty("status").GetString() == "completed", second.ToString());
        Assert.Equal(compiledBefore, await RestartPersistenceTests.ScriptsCompiledAsync(factory));
        Assert.All(second.GetProperty("functions").EnumerateArray(), function =>
        {
            Assert.True(function.GetProperty("reused").GetBoolean());
            Assert.Equal(1, function.GetProperty("version").GetInt32());
        });
        Assert.Equal(
            Named(first.GetProperty("assets"), "/data.json").ToString(),
            Named(second.GetProperty("assets"), "/data.json").ToString());
    }

    [Fact]
    public async Task Rebuild_OneFunctionChanged_CompilesOnlyThatOne()
    {
        using var service = await factory.CreateServiceAsync("change");
        await BuildAsync(service.Client, service.Api, ThreeFunctionBundle());
        var compiledBefore = await RestartPersistenceTests.ScriptsCompiledAsync(factory);

        var build = await BuildAsync(service.Client, service.Api, ThreeFunctionBundle(changedSource: "return Greeting.Hello(\"changed\");"));

        Assert.True(build.GetProperty("status").GetString() == "completed", build.ToString());
        Assert.Equal(compiledBefore + 1, await RestartPersistenceTests.ScriptsCompiledAsync(factory));
        var changed = Named(build.GetProperty("functions"), "/c");
        Assert.False(changed.GetProperty("reused").GetBoolean());
        Assert.Equal(2, changed.GetProperty("version").GetInt32());
        Assert.True(Named(build.GetProperty("functions"), "/a").GetProperty("reused").GetBoolean());
        Assert.True(Named(build.GetProperty("functions"), "/b").GetProperty("reused").GetBoolean());
    }

    [Fact]
    public async Task Build_ErrorInSharedCode_FailsWithTheDiagnosticInItsFileOnce()
    {
        using var service = await factory.CreateServiceAsync("libfail");
        var bundle = new
        {
            functions = new[] { Function("/a", "return Greeting.Length(\"ada\");"), Function("/b", "return Greeting.Length(\"bob\");") },
            lib = new[] { new { path = "lib/greeting.cs", source = "public static class Greeting\n{\n    public static int Length(string name) => name;\n}\n" } },
        };

        var build = await BuildAsync(service.Client, service.Api, bundle);

        Assert.Equal("failed", build.GetProperty("status").GetString());
        // Both functions are listed, and neither compiled: the error in their shared code is each one's.
        Assert.Equal(["/a", "/b"], build.GetProperty("functions").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Order());
        Assert.All(build.GetProperty("functions").EnumerateArray(), function =>
        {
            Assert.False(function.GetProperty("compiled").GetBoolean());
            Assert.Equal(JsonValueKind.Null, function.GetProperty("version").ValueKind);
        });
        Assert.Equal(Sha256("return Greeting.Length(\"ada\");"), Named(build.GetProperty("functions"), "/a").GetProperty("sha256").GetString());
        Assert.Equal("lib/greeting.cs", Assert.Single(build.GetProperty("lib").EnumerateArray()).GetProperty("path").GetString());
        var inLib = build.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("file").GetString() == "lib/greeting.cs").ToList();
        var error = Assert.Single(inLib);
        Assert.Equal("CS0029", error.GetProperty("id").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(46, error.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Build_ErrorsInTwoFunctions_ReportsBoth()
    {
        using var service = await factory.CreateServiceAsync("twofail");
        var bundle = new
        {
            functions = new[]
            {
                Function("/ok", "return 1;"),
                Function("/first", "return undefinedThing;"),
                Function("/second", "int x = \"text\";\nreturn x;"),
            },
            assets = new[] { Text("/kept.txt", "kept") },
        };

        var build = await BuildAsync(service.Client, service.Api, bundle);

        Assert.Equal("failed", build.GetProperty("status").GetString());
        var files = build.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error")
            .Select(d => d.GetProperty("file").GetString())
            .ToList();
        Assert.Contains("/first", files);
        Assert.Contains("/second", files);
        // Which compiled and which did not: the one that did is listed as compiled, though the build adds no version.
        var functions = build.GetProperty("functions");
        Assert.Equal(
            [("/first", false), ("/ok", true), ("/second", false)],
            functions.EnumerateArray().Select(f => (f.GetProperty("path").GetString(), f.GetProperty("compiled").GetBoolean())).OrderBy(f => f.Item1, StringComparer.Ordinal));
        Assert.Equal(Sha256("return 1;"), Named(functions, "/ok").GetProperty("sha256").GetString());
        Assert.Equal(1, build.GetProperty("assets").GetArrayLength());
        Assert.Equal(3, (await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds"))[0].GetProperty("functionCount").GetInt32());
        var second = build.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("file").GetString() == "/second");
        Assert.Equal(1, second.GetProperty("line").GetInt32());
        Assert.Equal(9, second.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Build_FunctionWithAWarning_CompletesKeepingTheWarningInItsFile()
    {
        using var service = await factory.CreateServiceAsync("warned");
        const string UnusedLocal = "static int F() { int unused = 1; return 2; }\nreturn F();";

        var build = await BuildAsync(service.Client, service.Api, new { functions = new[] { Function("/warned", UnusedLocal), Function("/clean", "return 1;") } });

        Assert.True(build.GetProperty("status").GetString() == "completed", build.ToString());
        var warning = Assert.Single(build.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("/warned", "CS0219", "warning"), (warning.GetProperty("file").GetString(), warning.GetProperty("id").GetString(), warning.GetProperty("severity").GetString()));
        Assert.Equal((1, 22), (warning.GetProperty("line").GetInt32(), warning.GetProperty("column").GetInt32()));
        Assert.Equal(1, (await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds"))[0].GetProperty("diagnosticCount").GetInt32());
    }

    [Fact]
    public async Task Build_WhileAnotherIsRunning_Answers409NamingIt()
    {
        using var service = await factory.CreateServiceAsync("busy");
        // Distinct sources compiled one at a time (MaxParallelCompiles = 1): the build stays queued or building for a while.
        var slow = new { functions = Enumerable.Range(0, 30).Select(i => Function($"/f{i}", $"return {i} * 2;")).ToArray() };
        var running = await StartAsync(service.Client, service.Api, slow);
        var id = running.GetProperty("id").GetInt32();

        using var second = await PostAsync(service.Client, service.Api, new { functions = new[] { Function("/x", "return 1;") } });

        var problem = await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal(id, problem.GetProperty("buildId").GetInt32());
        Assert.Contains($"Build {id}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("completed", (await FinishedAsync(service.Client, service.Api, id)).GetProperty("status").GetString());

        // Once it has finished, the next build is accepted.
        var next = await BuildAsync(service.Client, service.Api, new { functions = new[] { Function("/x", "return 1;") } });
        Assert.Equal("completed", next.GetProperty("status").GetString());
    }

    [Fact]
    public async Task List_NewestFirst_PagesWithLimitAndBefore()
    {
        using var service = await factory.CreateServiceAsync("list");
        for (var i = 0; i < 3; i++)
        {
            await BuildAsync(service.Client, service.Api, new { assets = new[] { Text("/n.txt", $"{i}") } });
        }

        var all = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds");
        Assert.Equal([3, 2, 1], all.EnumerateArray().Select(b => b.GetProperty("id").GetInt32()));
        Assert.Equal(1, all[0].GetProperty("assetCount").GetInt32());
        var page = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds?limit=1&before=3");
        Assert.Equal(2, Assert.Single(page.EnumerateArray()).GetProperty("id").GetInt32());

        await ProblemAssert.IsProblemAsync(await service.Client.GetAsync($"{service.Api}/builds?limit=0"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await service.Client.GetAsync($"{service.Api}/builds/99"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Build_AnotherServicesBuild_IsNotFound()
    {
        using var owner = await factory.CreateServiceAsync("owner");
        using var other = await factory.CreateServiceAsync("other");
        var build = await BuildAsync(owner.Client, owner.Api, new { assets = new[] { Text("/a.txt", "a") } });

        using var response = await other.Client.GetAsync($"{owner.Api}/builds/{build.GetProperty("id").GetInt32()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
