using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;
using ScriptHost.Tests.Workers.Confinement;
using ScriptHost.Workers;
using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers;

/// <summary>How the pool's workers follow the services they are bound to.</summary>
public sealed class WorkerPoolTests(ProcessIsolationFactory factory) : IClassFixture<ProcessIsolationFactory>
{
    [Fact]
    public async Task DeleteService_WithABoundWorker_ReleasesTheWorkerAndItsProcessEnds()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/ok", "return \"ok\";");
        using var anonymous = factory.CreateAnonymousClient();
        Assert.Equal("ok", await anonymous.GetStringAsync($"/{service.Name}/ok"));
        var pool = factory.Services.GetRequiredService<WorkerPool>();
        var worker = Assert.Single(pool.ProcessIdsOf(service.Name));
        using var admin = factory.CreateAdminClient();

        using var deleted = await admin.DeleteAsync(service.Api);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(pool.ProcessIdsOf(service.Name));
        await Eventually.MatchesAsync(() => Task.FromResult(File.Exists($"/proc/{worker}/stat")), alive => !alive, $"worker {worker} of the deleted service to end");
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public async Task FirstCall_BindsAPrestartedWorker_ItTakesTheServicesWholeCpuWeight()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/ok", "return \"ok\";");
        using var anonymous = factory.CreateAnonymousClient();

        Assert.Equal("ok", await anonymous.GetStringAsync($"/{service.Name}/ok"));

        var worker = Assert.Single(factory.Services.GetRequiredService<WorkerPool>().ProcessIdsOf(service.Name));
        var (file, value) = CpuWeightOf(worker);
        Assert.Equal(file == "cpu.shares" ? CpuWeight.ToV1Shares(CpuWeight.PerService) : CpuWeight.ToV2Weight(CpuWeight.PerService), value);
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public async Task SecondLimitTrip_ServicesNextWorker_IsItsOwnStartWeighedAndCappedAsPenalized()
    {
        using var service = await ServiceWithASpinAsync();
        using var anonymous = factory.CreateAnonymousClient();
        var pool = factory.Services.GetRequiredService<WorkerPool>();

        await SpinPastItsLimitAsync(anonymous, service);
        Assert.Equal("ok", await anonymous.GetStringAsync($"/{service.Name}/ok"));
        var (weightFile, afterOneTrip) = CpuWeightOf(Assert.Single(pool.ProcessIdsOf(service.Name)));
        Assert.Equal(weightFile == "cpu.shares" ? CpuWeight.ToV1Shares(CpuWeight.PerService) : CpuWeight.ToV2Weight(CpuWeight.PerService), afterOneTrip); // one trip is free

        await SpinPastItsLimitAsync(anonymous, service);
        var startedBefore = pool.Snapshot().Started;
        var idleBefore = pool.Snapshot().Idle;
        Assert.Equal("ok", await anonymous.GetStringAsync($"/{service.Name}/ok"));

        var worker = Assert.Single(pool.ProcessIdsOf(service.Name));
        var (file, value) = CpuWeightOf(worker);
        Assert.Equal(file == "cpu.shares" ? CpuWeight.ToV1Shares(CpuWeight.Penalized) : CpuWeight.ToV2Weight(CpuWeight.Penalized), value);
        Assert.Equal(CpuQuota.Microseconds(factory.Services.GetRequiredService<IOptions<WorkerPoolOptions>>().Value.TripPenaltyCpuCores), CpuQuotaOf(worker));
        Assert.True(pool.Snapshot().Started > startedBefore, "the penalized service's worker was not a start of its own");
        Assert.True(pool.Snapshot().Idle >= idleBefore, "the penalized service took a pre-started worker");
        Assert.True(pool.Snapshot().ServicesPenalized >= 1);
    }

    [Fact]
    public async Task PenalizedService_ConcurrentCallsWithoutAWorker_ShareOneStart()
    {
        using var service = await ServiceWithASpinAsync();
        using var anonymous = factory.CreateAnonymousClient();
        var pool = factory.Services.GetRequiredService<WorkerPool>();
        await SpinPastItsLimitAsync(anonymous, service);
        await SpinPastItsLimitAsync(anonymous, service);
        var before = await Eventually.MatchesAsync(() => Task.FromResult(pool.Snapshot()), pool => pool.Starting == 0, "the pool to finish its pre-starts");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => anonymous.GetStringAsync($"/{service.Name}/ok")));

        Assert.All(answers, answer => Assert.Equal("ok", answer));
        Assert.Equal(before.Started + 1, pool.Snapshot().Started);
        Assert.Single(pool.ProcessIdsOf(service.Name));
    }

    [Fact]
    public async Task DeleteService_WhileItsOwnWorkerStarts_TheWorkerIsNotBoundAndThePoolKeepsOnlyItsPrestarted()
    {
        using var service = await ServiceWithASpinAsync();
        using var anonymous = factory.CreateAnonymousClient();
        using var admin = factory.CreateAdminClient();
        var pool = factory.Services.GetRequiredService<WorkerPool>();
        var prestarted = factory.Services.GetRequiredService<IOptions<WorkerPoolOptions>>().Value.Prestarted;
        await SpinPastItsLimitAsync(anonymous, service);
        await SpinPastItsLimitAsync(anonymous, service);
        await Eventually.MatchesAsync(() => Task.FromResult(pool.Snapshot()), pool => pool.Starting == 0 && pool.Idle == prestarted, "the pool at rest");

        // Penalized, the service starts its own worker (under the penalty's cap, so it takes a while); delete meanwhile.
        var call = anonymous.GetAsync($"/{service.Name}/ok");
        await Eventually.MatchesAsync(() => Task.FromResult(pool.Snapshot()), pool => pool.Starting == 1, "the service's own start");
        using var deleted = await admin.DeleteAsync(service.Api);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        (await call).Dispose();

        await Eventually.MatchesAsync(
            () => Task.FromResult(pool.Snapshot()),
            pool => pool.Starting == 0 && pool.Idle == prestarted && pool.Workers == prestarted + pool.Bound,
            "the started worker stopped, not kept idle past the pre-started count");
        Assert.Empty(pool.ProcessIdsOf(service.Name));
    }

    /// <summary>A service with <c>/ok</c> and <c>/spin</c>, a guarded loop that trips its 300 ms time limit.</summary>
    private async Task<TestService> ServiceWithASpinAsync()
    {
        var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/ok", "return \"ok\";");
        await service.DeployAsync("/spin", "long n = 0; while (n >= 0) { n = (n + 1) % 1000; } return n.ToString();", timeoutMs: 300);
        return service;
    }

    private static async Task SpinPastItsLimitAsync(HttpClient client, TestService service) =>
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/{service.Name}/spin"), HttpStatusCode.GatewayTimeout);

    /// <summary>The CPU quota (microseconds per period) the kernel holds for <paramref name="processId"/>'s group.</summary>
    private static long CpuQuotaOf(int processId)
    {
        var (directory, isVersion1) = CpuGroupOf(processId);
        var text = isVersion1 ? File.ReadAllText(Path.Join(directory, "cpu.cfs_quota_us")) : File.ReadAllText(Path.Join(directory, "cpu.max")).Split(' ')[0];
        return long.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The CPU weight the kernel holds for <paramref name="processId"/>'s group: v1's cpu.shares, else v2's cpu.weight.</summary>
    private static (string File, long Value) CpuWeightOf(int processId)
    {
        var (directory, isVersion1) = CpuGroupOf(processId);
        var file = isVersion1 ? "cpu.shares" : "cpu.weight";
        return (file, long.Parse(File.ReadAllText(Path.Join(directory, file)).Trim(), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The directory of <paramref name="processId"/>'s CPU cgroup: v1's cpu hierarchy where mounted, else v2's.</summary>
    private static (string Directory, bool IsVersion1) CpuGroupOf(int processId)
    {
        var membership = CgroupMembership.Parse(File.ReadAllText($"/proc/{processId}/cgroup"));
        var mounts = CgroupMount.Parse(File.ReadAllText("/proc/self/mountinfo"));
        return membership.PathByController.TryGetValue("cpu", out var v1Path)
            ? (mounts.First(m => !m.IsVersion2 && m.Controllers.Contains("cpu")).DirectoryOf(v1Path)!, true)
            : (mounts.First(m => m.IsVersion2).DirectoryOf(membership.UnifiedPath!)!, false);
    }
}
