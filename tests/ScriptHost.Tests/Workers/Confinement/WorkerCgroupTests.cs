using System.Diagnostics;
using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>Worker groups against the real kernel (v1 on CI), with real processes put into them.</summary>
public sealed class WorkerCgroupTests : IDisposable
{
    private static readonly WorkerResourceLimits Roomy = new(MemoryBytes: 256L * 1024 * 1024, CpuCores: 1.0, MaxProcesses: 64);

    private readonly Lazy<IWorkerCgroups> _cgroups = new(ConfinementPrerequisites.CreateCgroups);

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public async Task MemoryLimit_ProcessAllocatesPastIt_IsKilledAndTheGroupReportsTheOomKill()
    {
        using var group = _cgroups.Value.Create("worker-memory", Roomy with { MemoryBytes = 64L * 1024 * 1024 });

        // tail keeps all of its newline-free input: 300 MB, far past the 64 MiB limit.
        var run = await ProcessRun.ArgvAsync(ConfinedCommandLine.Build(group.ProcessFiles, null, ["/bin/sh", "-c", "head -c 300M /dev/zero | tail"]));

        Assert.Equal(137, run.ExitCode); // 128 + SIGKILL
        var memory = group.ReadMemory();
        Assert.True(memory.OomKilled, $"memory: {memory}");
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public async Task ProcessLimit_ForkLoop_CannotForkPastIt()
    {
        using var group = _cgroups.Value.Create("worker-pids", Roomy with { MaxProcesses = 8 });

        var run = await ProcessRun.ArgvAsync(ConfinedCommandLine.Build(
            group.ProcessFiles, null, ["/bin/sh", "-c", "i=0; while [ $i -lt 30 ]; do sleep 30 >/dev/null 2>&1 & i=$((i+1)); done; echo all started"]));

        Assert.DoesNotContain("all started", run.Output, StringComparison.Ordinal);
        Assert.Contains("fork", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.True(group.ReadProcessIds().Count <= 8);
        Assert.True(group.ReadProcessLimitHits() > 0);
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public async Task CpuQuota_BusyLoop_GetsAboutItsShareOfOneCore()
    {
        using var group = _cgroups.Value.Create("worker-cpu", Roomy with { CpuCores = 0.2 });
        using var process = Start(ConfinedCommandLine.Build(group.ProcessFiles, null, ["/bin/sh", "-c", "while :; do :; done"]));
        var wall = TimeSpan.FromSeconds(2);

        await Task.Delay(wall);
        process.Refresh();
        var used = process.TotalProcessorTime; // the joining shell execs the loop in place: same process

        // 0.2 cores for 2 s is 0.4 s; unconfined the loop takes what the machine gives it (2 s on an idle core).
        Assert.True(used > TimeSpan.Zero, "the loop never ran");
        Assert.True(used <= wall * 0.4, $"used {used.TotalSeconds:0.00} s of CPU in {wall.TotalSeconds} s under a 0.2-core quota");
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public async Task CpuWeight_TwoBusyLoopsOnOneCore_TheHeavierGroupGetsMostOfIt()
    {
        using var heavy = _cgroups.Value.Create("worker-heavy", Roomy);
        using var light = _cgroups.Value.Create("worker-light", Roomy);
        heavy.SetCpuWeight(CpuWeight.PerService);
        light.SetCpuWeight(CpuWeight.Unbound);

        // Both pinned to one core, so they contend and the weights decide; the shell execs the loop in place.
        string[] loop = ["taskset", "-c", "0", "/bin/sh", "-c", "while :; do :; done"];
        using var heavyLoop = Start(ConfinedCommandLine.Build(heavy.ProcessFiles, null, loop));
        using var lightLoop = Start(ConfinedCommandLine.Build(light.ProcessFiles, null, loop));
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            heavyLoop.Refresh();
            lightLoop.Refresh();
            var heavyUsed = heavyLoop.TotalProcessorTime;
            var lightUsed = lightLoop.TotalProcessorTime;

            // 1024 against 102 shares: ~10:1; at least 3:1 leaves room for whatever else runs on that core.
            Assert.True(heavyUsed > lightUsed * 3, $"heavy group used {heavyUsed.TotalSeconds:0.00} s, light group {lightUsed.TotalSeconds:0.00} s");
        }
        finally
        {
            heavyLoop.Kill();
            lightLoop.Kill();
        }
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public void Dispose_ProcessStillRunning_IsKilledAndTheGroupRemoved()
    {
        var group = _cgroups.Value.Create("worker-dispose", Roomy);
        using var process = Start(ConfinedCommandLine.Build(group.ProcessFiles, null, ["/bin/sh", "-c", "sleep 300 & sleep 300"]));
        WaitUntil(() => group.ReadProcessIds().Count >= 2, "the shell and a sleep in the group");

        group.Dispose();

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the worker outlived its group");
        Assert.True(group.Removed);
        Assert.All(group.Directories, directory => Assert.False(Directory.Exists(directory), directory));
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public void HostDispose_WorkerStillRunning_KillsItAndRemovesTheHostGroup()
    {
        var cgroups = ConfinementPrerequisites.CreateCgroups();
        using var disposeOnFailure = cgroups;
        var group = cgroups.Create("worker-left", Roomy);
        using var process = Start(ConfinedCommandLine.Build(group.ProcessFiles, null, ["/bin/sh", "-c", "exec sleep 300"]));
        WaitUntil(() => group.ReadProcessIds().Count == 1, "the process in the group");

        cgroups.Dispose();

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the worker outlived the host's groups");
        Assert.All(cgroups.ParentDirectories, directory => Assert.False(Directory.Exists(directory), directory));
    }

    public void Dispose()
    {
        if (_cgroups.IsValueCreated)
        {
            _cgroups.Value.Dispose();
        }
    }

    private static Process Start(IReadOnlyList<string> argv)
    {
        var start = new ProcessStartInfo(argv[0]) { UseShellExecute = false };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            Thread.Sleep(20);
        }
    }
}
