using System.Net;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>The CPU weight the kernel holds for <paramref name="processId"/>'s group: v1's cpu.shares, else v2's cpu.weight.</summary>
    private static (string File, long Value) CpuWeightOf(int processId)
    {
        var membership = CgroupMembership.Parse(File.ReadAllText($"/proc/{processId}/cgroup"));
        var mounts = CgroupMount.Parse(File.ReadAllText("/proc/self/mountinfo"));
        var (directory, file) = membership.PathByController.TryGetValue("cpu", out var v1Path)
            ? (mounts.First(m => !m.IsVersion2 && m.Controllers.Contains("cpu")).DirectoryOf(v1Path), "cpu.shares")
            : (mounts.First(m => m.IsVersion2).DirectoryOf(membership.UnifiedPath!), "cpu.weight");
        return (file, long.Parse(File.ReadAllText(Path.Join(directory, file)).Trim(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
