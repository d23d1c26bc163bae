using ScriptHost.Storage.DeploymentEnvironments;

namespace ScriptHost.Storage.Errors;

/// <summary>
/// A new service or environment would be served under the same host label as an existing one
/// (<see cref="Validation.HostLabel"/>); a 409 whose problem can name the <see cref="Owner"/>.
/// </summary>
public sealed class HostLabelTakenException : StorageConflictException
{
    public HostLabelTakenException(string label, HostLabelOwner owner)
        : base($"The host label '{label}' is already used by environment '{owner.Environment}' of service '{owner.Service}'; pick another name.")
    {
        Label = label;
        Owner = owner;
    }

    public string Label { get; }

    /// <summary>The existing environment the label belongs to.</summary>
    public HostLabelOwner Owner { get; }
}
