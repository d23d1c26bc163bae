namespace ScriptHost.Workers.Confinement;

/// <summary>
/// The cgroups of this host instance: one parent group (<c>scripthost-&lt;pid&gt;</c>, under the host's own cgroup)
/// holding a group per worker. Disposing it kills whatever is left and removes the parent, at host stop.
/// </summary>
internal interface IWorkerCgroups : IDisposable
{
    /// <summary><c>v1</c> or <c>v2</c>.</summary>
    string Version { get; }

    /// <summary>The parent group's directory in each hierarchy (one for v2).</summary>
    IReadOnlyList<string> ParentDirectories { get; }

    /// <summary>Creates the group for one worker with its limits already written.</summary>
    /// <exception cref="IOException">The kernel refused the group or one of its limits.</exception>
    WorkerCgroup Create(string workerName, WorkerResourceLimits limits);
}
