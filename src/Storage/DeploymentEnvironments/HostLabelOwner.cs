namespace ScriptHost.Storage.DeploymentEnvironments;

/// <summary>The environment a host label belongs to (see <see cref="Validation.HostLabel"/>).</summary>
public sealed record HostLabelOwner(string Service, string Environment);
