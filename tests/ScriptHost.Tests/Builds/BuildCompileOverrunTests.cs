using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Builds;

/// <summary>
/// A function whose compile answers at its limit but runs on (a compiler phase that ignores its token) fails its build,
/// and the build compiles nothing more while that compile still runs: one tenant's build holds at most one core with
/// such compiles, as its deploys do.
/// </summary>
public sealed class BuildCompileOverrunTests(BuildCompileOverrunTests.ShortCompileLimitFactory factory) : IClassFixture<BuildCompileOverrunTests.ShortCompileLimitFactory>
{
    // Type inference over one expression whose type doubles at every level: binding it takes seconds and does not look
    // at the cancellation token (the same script as the deploy route's overrun test).
    private static readonly string Bomb =
        "static (T, T) Pair<T>(T t) => (t, t);\nvar x = " + string.Concat(Enumerable.Repeat("Pair(", 24)) + "1" + new string(')', 24) + ";\nreturn 1;";

    [Fact]
    public async Task Build_FunctionOverrunsItsCompileLimit_FailsAndHoldsTheRestBack()
    {
        using var service = await factory.CreateServiceAsync("overrun");
        // Pays Roslyn's first-compile JIT, which on a loaded machine can pass a 2 s limit by itself.
        // Such a first compile may itself overrun, so a warm-up build may fail or be refused (429) a while.
        await Eventually.MatchesAsync(
            async () =>
            {
                using var response = await PostAsync(service.Client, service.Api, new { functions = new[] { Function("/warm", "return 0;") } });
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    return response.StatusCode.ToString();
                }

                var queued = await response.Content.ReadFromJsonAsync<JsonElement>();
                return (await FinishedAsync(service.Client, service.Api, queued.GetProperty("id").GetInt32())).GetProperty("status").GetString();
            },
            status => status == "completed",
            "a warm-up build",
            TimeSpan.FromMinutes(4));

        var build = await BuildAsync(service.Client, service.Api, new { functions = new[] { Function("/bomb", Bomb), Function("/after", "return 2;") } });

        Assert.Equal("failed", build.GetProperty("status").GetString());
        var diagnostics = build.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("file").GetString() == "/bomb" && d.GetProperty("id").GetString() == "SH0102");
        Assert.Contains(diagnostics, d => d.GetProperty("file").GetString() == "/after" && d.GetProperty("id").GetString() == "SH0107");

        // Once the runaway compile has stopped, the service builds again.
        await Eventually.MatchesAsync(
            async () =>
            {
                using var response = await PostAsync(service.Client, service.Api, new { functions = new[] { Function("/after", "return 2;") } });
                return response.StatusCode;
            },
            status => status == HttpStatusCode.Accepted,
            "a build to be accepted again",
            TimeSpan.FromMinutes(4));
    }

    /// <summary>A server whose compile limit is 2 s, compiling one function of a build at a time.</summary>
    public sealed class ShortCompileLimitFactory() : ScriptHostFactory(new Dictionary<string, string>
    {
        ["ScriptHost:CompileTimeoutMs"] = "2000",
        ["ScriptHost:Builds:MaxParallelCompiles"] = "1",
    });
}
