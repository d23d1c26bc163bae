using System.Collections.Concurrent;
using System.Net;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Serving;

/// <summary>A deployment switches an environment from one whole build to another: no request ever sees a mix.</summary>
public sealed class LiveBuildSwitchTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private const int Connections = 64;
    private const int Flips = 16;

    // Its own constant, a second function's answer and a private asset: each stamped by the build they come from.
    private const string MainSource = """
        var second = await Functions.InvokeAsync("/second");
        var stamp = await Assets.ReadTextAsync("/stamp.txt");
        return "{0}" + second.Body + stamp;
        """;

    [Fact]
    public async Task Invoke_WhileDeploymentsFlipBetweenTwoBuilds_EveryAnswerComesFromOneWholeBuild()
    {
        using var service = await factory.CreateServiceAsync();
        var buildA = await DeployStampedAsync(service, "A");
        var buildB = await DeployStampedAsync(service, "B");
        using var caller = factory.CreateAnonymousClient();
        var answers = new ConcurrentBag<string>();
        using var flipping = new CancellationTokenSource();

        var callers = Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            while (!flipping.IsCancellationRequested)
            {
                using var response = await caller.GetAsync($"/{service.Name}/main");
                var body = await response.Content.ReadAsStringAsync();
                answers.Add(response.StatusCode == HttpStatusCode.OK ? body : $"{(int)response.StatusCode}: {body}");
            }
        })).ToList();
        for (var flip = 0; flip < Flips; flip++)
        {
            // Each build serves a while, so both are seen by requests (and requests straddle every switch).
            await Task.Delay(100);
            await service.DeployBuildAsync("production", flip % 2 == 0 ? buildA : buildB);
        }

        await Task.Delay(100);

        await flipping.CancelAsync();
        await Task.WhenAll(callers);

        Assert.NotEmpty(answers);
        Assert.All(answers, answer => Assert.True(answer is "AAA" or "BBB", $"a mixed or failed answer: {answer}"));
        Assert.Contains("AAA", answers);
        Assert.Contains("BBB", answers);
    }

    [Fact]
    public async Task Invoke_InFlightDuringADeployment_FinishesOnTheBuildItStartedOn()
    {
        using var service = await factory.CreateServiceAsync();
        var slow = await service.DeployAsync("/slow", "await Task.Delay(2000, Cancellation);\nreturn \"old\";");
        var fast = await service.DeployAsync("/slow", "return \"new\";");
        await service.DeployBuildAsync("production", slow.GetProperty("buildId").GetInt32());
        using var caller = factory.CreateAnonymousClient();

        var inFlight = caller.GetStringAsync($"/{service.Name}/slow");
        await Task.Delay(500);
        await service.DeployBuildAsync("production", fast.GetProperty("buildId").GetInt32());

        Assert.Equal("new", await caller.GetStringAsync($"/{service.Name}/slow"));
        Assert.Equal("old", await inFlight);
    }

    private static async Task<int> DeployStampedAsync(TestService service, string stamp)
    {
        await service.PutAssetAsync("/stamp.txt", stamp, visibility: "private");
        await service.DeployAsync("/second", $"return \"{stamp}\";", visibility: "private");
        var main = await service.DeployAsync("/main", MainSource.Replace("{0}", stamp, StringComparison.Ordinal));
        return main.GetProperty("buildId").GetInt32();
    }
}
