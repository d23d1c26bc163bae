using System.Net;
using System.Net.Http.Json;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.FunctionManagement;

/// <summary>
/// A compile that answers at its limit from a compiler phase that does not look at its token keeps its thread: while it
/// runs, the same service's next compile is refused, so one tenant cannot pin every core with repeated deploys.
/// </summary>
public sealed class CompileOverrunTests(CompileOverrunTests.ShortCompileLimitFactory factory) : IClassFixture<CompileOverrunTests.ShortCompileLimitFactory>
{
    // Type inference over one expression whose type doubles at every level: binding it takes seconds here and does not
    // look at the cancellation token, so the answer comes at the 2 s limit while the compile thread runs on.
    private static readonly string Bomb =
        "static (T, T) Pair<T>(T t) => (t, t);\nvar x = " + string.Concat(Enumerable.Repeat("Pair(", 24)) + "1" + new string(')', 24) + ";\nreturn 1;";

    [Fact]
    public async Task Deploy_WhileAnEarlierCompileOverrunsItsLimit_Answers429UntilItStops()
    {
        using var service = await factory.CreateServiceAsync();
        using var neighbour = await factory.CreateServiceAsync();
        await DeployEventuallyAsync(neighbour, "/warm");

        using (var bomb = await service.Client.PutAsJsonAsync($"{service.Api}/functions/bomb", new { source = Bomb }))
        {
            var problem = await ProblemAssert.IsProblemAsync(bomb, HttpStatusCode.UnprocessableEntity);
            Assert.Equal("SH0102", problem.GetProperty("errors")[0].GetProperty("id").GetString());
        }

        using (var refused = await service.Client.PutAsJsonAsync($"{service.Api}/functions/ok", new { source = "return 1;" }))
        {
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        }

        using (var snippet = await service.Client.PostAsJsonAsync($"{service.Api}/run", new { source = "return 1;" }))
        {
            await ProblemAssert.IsProblemAsync(snippet, HttpStatusCode.TooManyRequests);
        }

        await neighbour.DeployAsync("/ok", "return 1;");
        await DeployEventuallyAsync(service, "/ok");
    }

    // The first compile in a process pays Roslyn's JIT, which on a loaded machine can pass a 2 s limit by itself.
    private static Task DeployEventuallyAsync(TestService service, string path) => Eventually.MatchesAsync(
        async () =>
        {
            using var response = await service.Client.PutAsJsonAsync($"{service.Api}/functions{path}", new { source = "return 1;" });
            return response.StatusCode;
        },
        status => status == HttpStatusCode.Created,
        $"a deploy of {path}",
        TimeSpan.FromMinutes(2));

    /// <summary>A server whose compile limit is 2 s.</summary>
    public sealed class ShortCompileLimitFactory() : ScriptHostFactory(new Dictionary<string, string>
    {
        ["ScriptHost:CompileTimeoutMs"] = "2000",
    });
}
