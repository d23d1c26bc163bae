using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>
/// The join-then-exec launch, with ordinary files standing in for <c>cgroup.procs</c> (writing a pid into them is all
/// the launch does with them), so these run anywhere.
/// </summary>
public sealed class ConfinedCommandLineTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("scripthost-launch-");

    [Fact]
    public void Build_NoCgroupsNoSandbox_IsTheCommandItself()
    {
        Assert.Equal(["/usr/bin/dotnet", "Worker.dll"], ConfinedCommandLine.Build([], null, ["/usr/bin/dotnet", "Worker.dll"]));
        Assert.Equal(["/usr/bin/bwrap", "--", "/usr/bin/dotnet"], ConfinedCommandLine.Build([], ["/usr/bin/bwrap", "--"], ["/usr/bin/dotnet"]));
    }

    [Fact]
    public async Task Launch_WithCgroupFiles_WritesItsPidIntoEachBeforeTheCommandRunsAsThatSameProcess()
    {
        var procs = new[] { Procs("memory.procs"), Procs("pids.procs") };

        var run = await ProcessRun.ArgvAsync(ConfinedCommandLine.Build(procs, null, ["/bin/sh", "-c", "echo $$"]));

        Assert.Equal(0, run.ExitCode);
        var commandPid = run.Output.Trim();
        Assert.All(procs, file => Assert.Equal(commandPid, File.ReadAllText(file).Trim()));
    }

    [Fact]
    public async Task Launch_PathsAndArgumentsWithShellSyntax_AreTakenLiterally()
    {
        var hostile = Procs("a'b\" $(touch injected) ;`touch injected2`.procs");

        var run = await ProcessRun.ArgvAsync(ConfinedCommandLine.Build([hostile], null, ["/bin/echo", "$(touch injected3)", "--", "ok"]));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("$(touch injected3) -- ok", run.Output.Trim());
        Assert.Matches("^[0-9]+$", File.ReadAllText(hostile).Trim());
        Assert.Empty(_directory.EnumerateFiles("injected*"));
        Assert.Empty(new DirectoryInfo(System.Environment.CurrentDirectory).EnumerateFiles("injected*"));
    }

    [Fact]
    public async Task Launch_CgroupFileCannotBeWritten_ExitsWithTheJoinFailureCodeWithoutRunningTheCommand()
    {
        var missing = Path.Join(_directory.FullName, "no-such-group", "cgroup.procs");

        var run = await ProcessRun.ArgvAsync(ConfinedCommandLine.Build([missing], null, ["/bin/echo", "the worker ran"]));

        Assert.Equal(ConfinedLaunch.JoinCgroupFailedExitCode, run.ExitCode);
        Assert.DoesNotContain("the worker ran", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private string Procs(string name)
    {
        var path = Path.Join(_directory.FullName, name);
        File.WriteAllText(path, string.Empty);
        return path;
    }
}
