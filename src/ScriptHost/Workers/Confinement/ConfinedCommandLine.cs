namespace ScriptHost.Workers.Confinement;

/// <summary>
/// The program and argv that start a worker: joined to its cgroups before anything else runs, then sandboxed, then
/// the worker's own command. Every path and argument is its own argv entry, never part of shell text.
/// </summary>
internal static class ConfinedCommandLine
{
    /// <summary>The exit code of a launch that could not join its cgroup (the worker never ran).</summary>
    public const int JoinCgroupFailedExitCode = 125;

    private const string Shell = "/bin/sh";

    // The shell writes its own pid into each cgroup.procs file given before "--", then execs the rest in place: the
    // same process, already in its groups, becomes bwrap (or the worker), so no child it forks is ever outside them.
    private static readonly string JoinScript =
        $"while [ \"$1\" != -- ]; do echo $$ > \"$1\" || exit {JoinCgroupFailedExitCode}; shift; done; shift; exec \"$@\"";

    /// <summary>The full argv; its first entry is the program to start.</summary>
    public static IReadOnlyList<string> Build(IReadOnlyList<string> cgroupProcessFiles, IReadOnlyList<string>? sandbox, IReadOnlyList<string> command)
    {
        var confined = sandbox is null ? command : [.. sandbox, .. command];
        if (cgroupProcessFiles.Count == 0)
        {
            return confined;
        }

        return [Shell, "-c", JoinScript, "scripthost-worker-launch", .. cgroupProcessFiles, "--", .. confined];
    }
}
