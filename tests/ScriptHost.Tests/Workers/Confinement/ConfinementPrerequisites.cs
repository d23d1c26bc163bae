using ScriptHost.Tests.Support;
using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>
/// Whether this machine confines for real, found once per test process with the production detection itself:
/// writable cgroups (root with v1 or delegated v2 controllers) and a bubblewrap that runs the .NET runtime.
/// </summary>
internal static class ConfinementPrerequisites
{
    private static readonly Lazy<string?> s_cgroupsMissing = new(() =>
    {
        var detection = CgroupDetection.Detect(HostGroupName.NextForThisProcess());
        using var cgroups = detection.Cgroups;
        return cgroups is null ? $"writable cgroups ({string.Join("; ", detection.Reasons)})" : null;
    });

    private static readonly Lazy<string?> s_bubblewrapMissing = new(() =>
    {
        Bubblewrap.TryFind(DotnetRuntime.Find(), out var reason);
        return reason is null ? null : $"a working bubblewrap ({reason}{(BubblewrapPrerequisite.InstallOutput is { } output ? $"; install said: {output}" : string.Empty)})";
    });

    /// <summary>Null when tests can create real cgroups; else what is missing.</summary>
    public static string? CgroupsMissing => s_cgroupsMissing.Value;

    /// <summary>Null when tests can run bubblewrap; else what is missing.</summary>
    public static string? BubblewrapMissing => s_bubblewrapMissing.Value;

    /// <summary>Real cgroups for one test, under a host group of its own; dispose to remove them.</summary>
    public static IWorkerCgroups CreateCgroups()
    {
        var detection = CgroupDetection.Detect(HostGroupName.NextForThisProcess());
        return detection.Cgroups ?? throw new InvalidOperationException($"No cgroups: {string.Join("; ", detection.Reasons)}");
    }

    /// <summary>The real bubblewrap.</summary>
    public static Bubblewrap FindBubblewrap() =>
        Bubblewrap.TryFind(DotnetRuntime.Find(), out var reason) ?? throw new InvalidOperationException(reason);
}
