namespace ScriptHost.Api.Contracts.Builds;

/// <summary>Where a build is in its life: queued → building → completed or failed. Completed and failed builds never change.</summary>
public enum BuildStatus
{
    Queued,
    Building,
    Completed,
    Failed,
}
