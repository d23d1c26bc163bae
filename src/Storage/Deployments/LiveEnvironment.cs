using ScriptHost.Storage.Builds;
using ScriptHost.Storage.DeploymentEnvironments;

namespace ScriptHost.Storage.Deployments;

/// <summary>
/// What an environment serves: its live deployment and that deployment's build — function versions with their image
/// keys, asset blobs by SHA-256, shared code. Images and asset content are read from <see cref="Blobs.IBlobStore"/>.
/// </summary>
public sealed record LiveEnvironment(DeploymentEnvironment Environment, Deployment Deployment, BuildRecord Build);
