using ScriptHost.Api.Contracts.Builds;

namespace ScriptHost.Cli.Deploying;

/// <summary>
/// The bundle a deploy sends, and what it means: items sent in full, items named by SHA-256 because the environment's
/// live build already has them, items only the live build has (removed with --prune, else carried over and listed).
/// </summary>
internal sealed record BundlePlan(
    BundleRequest Bundle,
    IReadOnlyList<DeployItem> Sent,
    IReadOnlyList<DeployItem> Unchanged,
    IReadOnlyList<DeployItem> Removed,
    IReadOnlyList<DeployItem> WouldRemove);
