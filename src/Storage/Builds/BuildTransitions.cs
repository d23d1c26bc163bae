namespace ScriptHost.Storage.Builds;

/// <summary>The build life cycle every backend enforces: which status a build may move to from which.</summary>
public static class BuildTransitions
{
    /// <summary>True for <see cref="BuildStatus.Completed"/> and <see cref="BuildStatus.Failed"/>, the statuses a build never leaves.</summary>
    public static bool IsFinished(BuildStatus status) => status is BuildStatus.Completed or BuildStatus.Failed;

    public static bool Allows(BuildStatus from, BuildStatus to) => (from, to) switch
    {
        (BuildStatus.Queued, BuildStatus.Building) => true,
        (BuildStatus.Queued or BuildStatus.Building, BuildStatus.Completed or BuildStatus.Failed) => true,
        _ => false,
    };
}
