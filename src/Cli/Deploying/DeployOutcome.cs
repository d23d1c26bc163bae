namespace ScriptHost.Cli.Deploying;

/// <summary>What a deploy did: the build and deployment it made, what it sent, reused, removed or kept, and where the functions answer.</summary>
internal sealed record DeployOutcome(
    string Environment,
    bool EnvironmentCreated,
    int BuildId,
    int DeploymentId,
    IReadOnlyList<DeployItem> Sent,
    IReadOnlyList<DeployItem> Unchanged,
    IReadOnlyList<DeployItem> Removed,
    IReadOnlyList<DeployItem> WouldRemove,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Variables,
    IReadOnlyList<FunctionUrl> Urls);

/// <summary>A deployed function and where it answers.</summary>
internal sealed record FunctionUrl(string Path, string Visibility, string Url);
