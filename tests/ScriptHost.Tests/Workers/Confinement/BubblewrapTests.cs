using System.Net;
using System.Net.Sockets;
using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>
/// The real sandbox: what a worker inside it can see, write and reach. Each probe also runs unsandboxed where that
/// shows the probe itself works (so a passing test means the sandbox blocked it, not that the probe was broken).
/// </summary>
public sealed class BubblewrapTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("scripthost-bwrap-");
    private readonly string _workerDirectory;
    private readonly string _outsideFile;

    public BubblewrapTests()
    {
        _workerDirectory = _scratch.CreateSubdirectory("worker").FullName;
        File.WriteAllText(Path.Join(_workerDirectory, "Worker.dll"), "image");
        _outsideFile = Path.Join(_scratch.FullName, "secret.txt");
        File.WriteAllText(_outsideFile, "not for workers");
    }

    [ConfinementFact(ConfinementNeeds.Bubblewrap)]
    public async Task Sandbox_DotnetListRuntimes_RunsTheHostsRuntime()
    {
        var bubblewrap = ConfinementPrerequisites.FindBubblewrap();

        var run = await Sandboxed(bubblewrap, bubblewrap.Runtime.Executable, "--list-runtimes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Microsoft.NETCore.App {System.Environment.Version}", run.Output, StringComparison.Ordinal);
    }

    [ConfinementFact(ConfinementNeeds.Bubblewrap)]
    public async Task Sandbox_HostFilesOutsideTheBinds_AreInvisible()
    {
        var bubblewrap = ConfinementPrerequisites.FindBubblewrap();
        string[] hidden = ["/work", "/root", "/etc/passwd", "/etc", "/home", "/var", AppContext.BaseDirectory, _outsideFile];
        var probe = string.Join(' ', hidden.Select(path => $"'{path}'"));
        var script = $"for path in {probe}; do if [ -e \"$path\" ]; then echo \"VISIBLE $path\"; fi; done; cat '{_workerDirectory}/Worker.dll'";

        var inside = await Sandboxed(bubblewrap, "/usr/bin/sh", "-c", script);
        var outside = await ProcessRun.ArgvAsync(["/usr/bin/sh", "-c", script]);

        Assert.Contains($"VISIBLE {_outsideFile}", outside.Output, StringComparison.Ordinal);
        Assert.Contains("VISIBLE /etc/passwd", outside.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("VISIBLE", inside.Output, StringComparison.Ordinal);
        Assert.EndsWith("image", inside.Output, StringComparison.Ordinal); // its own folder is there
    }

    [ConfinementFact(ConfinementNeeds.Bubblewrap)]
    public async Task Sandbox_Writes_FailEverywhereEvenAfterTryingToRemount()
    {
        var bubblewrap = ConfinementPrerequisites.FindBubblewrap();
        string[] places = ["/", "/tmp", "/dev", "/dev/shm", "/usr", "/proc", _workerDirectory, bubblewrap.Runtime.Root];
        var probe = string.Join(' ', places.Select(path => $"'{path}'"));
        var script = $"""
            mount -o remount,rw / 2>/dev/null; mount -o remount,rw '{_workerDirectory}' 2>/dev/null
            for dir in {probe}; do
              if (echo x > "$dir/probe") 2>/dev/null; then echo "WROTE $dir"; fi
              if mkdir "$dir/probe-dir" 2>/dev/null; then echo "MADE $dir"; fi
            done
            echo done
            """;

        var inside = await Sandboxed(bubblewrap, "/usr/bin/sh", "-c", script);
        var outside = await ProcessRun.ArgvAsync(["/usr/bin/sh", "-c", $"if (echo x > '{_workerDirectory}/probe') 2>/dev/null; then echo WROTE; fi"]);

        Assert.Contains("WROTE", outside.Output, StringComparison.Ordinal);
        Assert.Contains("done", inside.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("WROTE", inside.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MADE", inside.Output, StringComparison.Ordinal);
    }

    [ConfinementFact(ConfinementNeeds.Bubblewrap)]
    public async Task Sandbox_Network_HasOnlyLoopbackAndCannotReachTheHostsListener()
    {
        var bubblewrap = ConfinementPrerequisites.FindBubblewrap();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connect = $"if (echo hello > /dev/tcp/127.0.0.1/{port}) 2>/dev/null; then echo CONNECTED; fi";

        var outside = await ProcessRun.ArgvAsync(["/usr/bin/bash", "-c", connect]);
        Assert.Contains("CONNECTED", outside.Output, StringComparison.Ordinal);
        var inside = await Sandboxed(bubblewrap, "/usr/bin/bash", "-c", $"{connect}; tail -n +3 /proc/net/dev");

        Assert.DoesNotContain("CONNECTED", inside.Output, StringComparison.Ordinal);
        var interfaces = inside.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(':')[0].Trim());
        Assert.Equal(["lo"], interfaces);
    }

    [ConfinementFact(ConfinementNeeds.Bubblewrap)]
    public async Task Sandbox_Processes_SeesNoneOfTheHosts()
    {
        var bubblewrap = ConfinementPrerequisites.FindBubblewrap();

        var inside = await Sandboxed(bubblewrap, "/usr/bin/sh", "-c", $"test -e /proc/{System.Environment.ProcessId} && echo HOST-VISIBLE; ls /proc | grep -c '^[0-9]'");

        Assert.DoesNotContain("HOST-VISIBLE", inside.Output, StringComparison.Ordinal);
        Assert.True(int.Parse(inside.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture) <= 4, inside.Output);
    }

    public void Dispose() => _scratch.Delete(recursive: true);

    private Task<ProcessRun> Sandboxed(Bubblewrap bubblewrap, params string[] command) =>
        ProcessRun.ArgvAsync([bubblewrap.ExecutablePath, .. bubblewrap.ArgumentsFor(_workerDirectory), .. command]);
}
