using Microsoft.Extensions.Logging;
using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

public sealed class WorkerConfinementTests : IDisposable
{
    private static readonly WorkerResourceLimits Limits = new(MemoryBytes: 64L * 1024 * 1024, CpuCores: 1.0, MaxProcesses: 64);

    private readonly DirectoryInfo _workerDirectory = Directory.CreateTempSubdirectory("scripthost-worker-");

    [Fact]
    public void Prepare_Unconfined_RedirectsStreamsAndRunsTheCommandInTheWorkersFolder()
    {
        using var confinement = new WorkerConfinement(null, null, DotnetRuntime.Find(), ["none here"]);

        using var launch = confinement.Prepare("worker-1", _workerDirectory.FullName, ["/usr/bin/env"], new Dictionary<string, string>(), Limits);

        Assert.Equal("/usr/bin/env", launch.StartInfo.FileName);
        Assert.True(launch.StartInfo.RedirectStandardInput && launch.StartInfo.RedirectStandardOutput && launch.StartInfo.RedirectStandardError);
        Assert.False(launch.StartInfo.UseShellExecute);
        Assert.Equal(_workerDirectory.FullName, launch.StartInfo.WorkingDirectory);
        Assert.Null(launch.Cgroup);
        Assert.False(launch.Sandboxed);
    }

    [Fact]
    public async Task Prepare_Environment_IsOnlyTheGivenVariablesAndTheRuntimeSettings()
    {
        using var confinement = new WorkerConfinement(null, null, DotnetRuntime.Find(), []);
        var environment = new Dictionary<string, string> { ["WORKER_CHANNEL"] = "stdio", ["DOTNET_GCHeapHardLimit"] = "0xFFFFFFFFFF" };

        using var launch = confinement.Prepare("worker-1", _workerDirectory.FullName, ["/usr/bin/env"], environment, Limits);
        var run = await ProcessRun.StartAsync(launch.StartInfo);

        var variables = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        // 48 MiB = 75 % of 64 MiB, in the hex the runtime reads; the caller cannot raise it.
        Assert.Equal(
            ["DOTNET_EnableDiagnostics=0", "DOTNET_GCHeapHardLimit=0x3000000", "DOTNET_gcServer=0", "WORKER_CHANNEL=stdio"],
            variables);
    }

    [Fact]
    public void Prepare_CommandWithoutAFullPath_IsRefused()
    {
        using var confinement = new WorkerConfinement(null, null, DotnetRuntime.Find(), []);

        Assert.Throws<ArgumentException>(() => confinement.Prepare("worker-1", _workerDirectory.FullName, ["dotnet", "Worker.dll"], new Dictionary<string, string>(), Limits));
    }

    [Fact]
    public void Describe_NoConfinement_ReportsNoneWithTheReasons()
    {
        using var confinement = new WorkerConfinement(null, null, DotnetRuntime.Find(), ["bubblewrap: bwrap is not on PATH", "cgroups: not Linux"]);

        var report = confinement.Describe(Limits);

        Assert.Equal(new ConfinementReport(false, "none", Limits, confinement.Notes), report);
        Assert.Contains("bubblewrap no; cgroups none (bubblewrap: bwrap is not on PATH; cgroups: not Linux)", confinement.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ThisMachine_LogsOneLineNamingBothConfinements()
    {
        var logger = new CollectingLogger();

        using var confinement = WorkerConfinement.Detect(logger);

        var line = Assert.Single(logger.Lines);
        Assert.Contains(confinement.HasBubblewrap ? "bubblewrap yes" : "bubblewrap no", line, StringComparison.Ordinal);
        Assert.Contains($"cgroups {confinement.CgroupVersion}", line, StringComparison.Ordinal);
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public async Task Prepare_WithCgroups_TheCommandStartsInsideTheWorkersGroup()
    {
        using var cgroups = ConfinementPrerequisites.CreateCgroups();
        using var confinement = new WorkerConfinement(null, cgroups, DotnetRuntime.Find(), []);

        using var launch = confinement.Prepare("worker-1", _workerDirectory.FullName, ["/bin/cat", "/proc/self/cgroup"], new Dictionary<string, string>(), Limits);
        var run = await ProcessRun.StartAsync(launch.StartInfo);

        var hostGroup = Path.GetFileName(cgroups.ParentDirectories[0]);
        Assert.Contains($"/{hostGroup}/worker-1", run.Output, StringComparison.Ordinal);
    }

    [ConfinementFact(ConfinementNeeds.Cgroups | ConfinementNeeds.Bubblewrap)]
    public async Task Prepare_MemoryBombInsideTheSandbox_IsKilledAndTheGroupReportsTheOomKill()
    {
        using var cgroups = ConfinementPrerequisites.CreateCgroups();
        using var confinement = new WorkerConfinement(ConfinementPrerequisites.FindBubblewrap(), cgroups, DotnetRuntime.Find(), []);

        using var launch = confinement.Prepare(
            "worker-1", _workerDirectory.FullName, ["/usr/bin/sh", "-c", "head -c 300M /dev/zero | tail"], new Dictionary<string, string>(), Limits);
        var run = await ProcessRun.StartAsync(launch.StartInfo);

        Assert.True(launch.Sandboxed);
        Assert.NotEqual(0, run.ExitCode);
        Assert.True(launch.Cgroup!.ReadMemory().OomKilled, $"exit {run.ExitCode}: {run.Error}");
    }

    [ConfinementFact(ConfinementNeeds.Bubblewrap)]
    public async Task Prepare_WithBubblewrap_RunsTheRuntimeInTheWorkersFolderWithOnlyTheGivenEnvironment()
    {
        var bubblewrap = ConfinementPrerequisites.FindBubblewrap();
        using var confinement = new WorkerConfinement(bubblewrap, null, bubblewrap.Runtime, []);

        using var launch = confinement.Prepare(
            "worker-1", _workerDirectory.FullName, ["/usr/bin/sh", "-c", "pwd; env"], new Dictionary<string, string> { ["WORKER_CHANNEL"] = "stdio" }, Limits);
        var run = await ProcessRun.StartAsync(launch.StartInfo);

        Assert.True(launch.Sandboxed);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(_workerDirectory.FullName, lines[0]);
        Assert.Contains("WORKER_CHANNEL=stdio", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("HOME=", StringComparison.Ordinal) || line.StartsWith("PATH=/root", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("ScriptHost__", StringComparison.Ordinal));
    }

    public void Dispose() => _workerDirectory.Delete(recursive: true);

    private sealed class CollectingLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
