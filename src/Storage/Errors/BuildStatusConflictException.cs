using ScriptHost.Storage.Builds;

namespace ScriptHost.Storage.Errors;

/// <summary>
/// A build's status forbids the write: deploying a build that is not <see cref="BuildStatus.Completed"/>, or changing a
/// build that has finished (finished builds are immutable). A 409 whose problem can name <see cref="Status"/>.
/// </summary>
public sealed class BuildStatusConflictException : StorageConflictException
{
    public BuildStatusConflictException(string service, int buildId, BuildStatus status, string message)
        : base(message)
    {
        Service = service;
        BuildId = buildId;
        Status = status;
    }

    public string Service { get; }

    public int BuildId { get; }

    /// <summary>The build's status when the write was refused.</summary>
    public BuildStatus Status { get; }
}
