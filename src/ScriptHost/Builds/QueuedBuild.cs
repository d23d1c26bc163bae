namespace ScriptHost.Builds;

/// <summary>A stored, queued build with what it compiles, and the task that completes with its finished record.</summary>
internal sealed record QueuedBuild(string Service, int Id, BuildInput Input)
{
    public TaskCompletionSource<Storage.Builds.BuildRecord> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
