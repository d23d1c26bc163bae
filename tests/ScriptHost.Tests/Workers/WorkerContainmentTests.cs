using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;
using ScriptHost.Workers;

namespace ScriptHost.Tests.Workers;

/// <summary>
/// The hardening issue's failure classes, with the in-process guards switched off, in real worker processes: each is
/// answered with its limit, the worker that ran it is ended and replaced, and the host — this test process — lives on
/// with its memory unchanged while other services keep answering.
/// </summary>
public sealed class WorkerContainmentTests(GuardsOffWorkerFactory factory) : IClassFixture<GuardsOffWorkerFactory>
{
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Invoke_SpinNoGuardReaches_Answers504AndTheWorkersCpuStopsWithinASecond()
    {
        using var service = await factory.CreateServiceAsync();
        // With the guards off, a bare loop is as unreachable as a spin inside one framework call: no check ever runs.
        await service.DeployAsync("/spin", "long n = 0; while (n >= 0) { n = (n + 1) % 1000; } return n.ToString();", timeoutMs: 1000);
        await WarmAsync(service);
        var worker = WorkerOf(service);

        await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/spin"), HttpStatusCode.GatewayTimeout);

        Assert.True(await ExitsWithinAsync(worker, TimeSpan.FromSeconds(1)), $"worker {worker} still runs a second after the 504");
    }

    [Fact]
    public async Task Invoke_MultiGigabyteAllocation_AnswersTheMemoryLimitAndTheHostsMemoryIsUnchanged()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/bomb", "var held = new List<byte[]>(); for (var i = 0; i < 200; i++) held.Add(new byte[16 * 1024 * 1024]); return held.Count.ToString();", timeoutMs: 20_000);
        await WarmAsync(service);
        var hostBefore = Process.GetCurrentProcess().WorkingSet64;

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/bomb"), HttpStatusCode.InternalServerError);

        Assert.Equal("MemoryLimitExceeded", problem.GetProperty("errorType").GetString());
        var hostAfter = Process.GetCurrentProcess().WorkingSet64;
        Assert.True(hostAfter - hostBefore < 200L * 1024 * 1024, $"the host grew by {(hostAfter - hostBefore) / (1024 * 1024)} MB while a worker allocated 3.2 GB");
        Assert.Equal("ok", await _caller.GetStringAsync($"/{service.Name}/ok"));
    }

    [Fact]
    public async Task Invoke_RealStackOverflow_Answers500NamingTheStackAndTheNextCallRunsOnANewWorker()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/deep", "int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1); return Down(100_000_000).ToString();", timeoutMs: 20_000);
        await WarmAsync(service);
        var crashed = WorkerOf(service);

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/deep"), HttpStatusCode.InternalServerError);

        Assert.Equal("StackLimitExceeded", problem.GetProperty("errorType").GetString());
        Assert.Contains("crashed its worker", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", await _caller.GetStringAsync($"/{service.Name}/ok"));
        Assert.NotEqual(crashed, WorkerOf(service));
    }

    [Fact]
    public async Task Invoke_WhileAnotherServiceCrashesItsWorkers_TheOtherServiceKeepsAnswering()
    {
        using var hostile = await factory.CreateServiceAsync();
        using var calm = await factory.CreateServiceAsync();
        await hostile.DeployAsync("/deep", "int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1); return Down(100_000_000).ToString();", timeoutMs: 20_000);
        await calm.DeployAsync("/ok", "return \"ok\";");

        var attack = Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                using var _ = await _caller.GetAsync($"/{hostile.Name}/deep");
            }
        });
        var answers = 0;
        while (!attack.IsCompleted)
        {
            Assert.Equal("ok", await _caller.GetStringAsync($"/{calm.Name}/ok"));
            answers++;
        }

        await attack;
        Assert.True(answers > 0);
    }

    [Fact]
    public async Task Health_AfterAWorkerWasKilled_ShowsThePoolWithEndedWorkersByReason()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/deep", "int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1); return Down(100_000_000).ToString();", timeoutMs: 20_000);
        using var _ = await _caller.GetAsync($"/{service.Name}/deep");

        // The pool counts a worker's end once its process is reaped, which may be just after the crash was answered.
        using var health = await Eventually.MatchesAsync(
            async () => JsonDocument.Parse(await _caller.GetStringAsync("/health")),
            document => document.RootElement.GetProperty("workers").GetProperty("ended").GetProperty("StackOverflow").GetInt64() >= 1,
            "/health to count the worker ended by its stack overflow");
        var workers = health.RootElement.GetProperty("workers");

        Assert.Equal("Process", health.RootElement.GetProperty("isolation").GetString());
        Assert.True(workers.GetProperty("started").GetInt64() >= 1);
        Assert.True(workers.GetProperty("ended").GetProperty("StackOverflow").GetInt64() >= 1);
        foreach (var name in new[] { "workers", "idle", "bound", "busy", "servicesPenalized" })
        {
            Assert.True(workers.TryGetProperty(name, out var _), $"/health workers lacks '{name}'");
        }
    }

    private async Task WarmAsync(TestService service)
    {
        await service.DeployAsync("/ok", "return \"ok\";");
        Assert.Equal("ok", await _caller.GetStringAsync($"/{service.Name}/ok"));
    }

    private int WorkerOf(TestService service) =>
        Assert.Single(factory.Services.GetRequiredService<WorkerPool>().ProcessIdsOf(service.Name));

    private static async Task<bool> ExitsWithinAsync(int processId, TimeSpan within)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(within.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (!File.Exists($"/proc/{processId}/stat"))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }
}
