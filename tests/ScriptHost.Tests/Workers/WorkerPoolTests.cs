using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ScriptHost.Tests.Support;
using ScriptHost.Workers;

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
}
