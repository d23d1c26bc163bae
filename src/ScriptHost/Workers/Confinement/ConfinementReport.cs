namespace ScriptHost.Workers.Confinement;

/// <summary>What confines each worker on this host, for <c>/health</c>.</summary>
/// <param name="Bubblewrap">Workers run inside bubblewrap.</param>
/// <param name="Cgroups"><c>v1</c>, <c>v2</c> or <c>none</c>.</param>
/// <param name="Limits">The limits each worker starts under (memory, CPU and pids apply only with cgroups).</param>
/// <param name="Notes">Why a confinement is missing, one line each.</param>
internal sealed record ConfinementReport(bool Bubblewrap, string Cgroups, WorkerResourceLimits Limits, IReadOnlyList<string> Notes);
