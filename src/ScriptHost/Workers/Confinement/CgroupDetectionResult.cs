namespace ScriptHost.Workers.Confinement;

/// <summary>The cgroups this host confines workers with (null: none), and why each version was not usable.</summary>
internal sealed record CgroupDetectionResult(IWorkerCgroups? Cgroups, IReadOnlyList<string> Reasons)
{
    /// <summary><c>v1</c>, <c>v2</c> or <c>none</c>.</summary>
    public string Version => Cgroups?.Version ?? "none";
}
