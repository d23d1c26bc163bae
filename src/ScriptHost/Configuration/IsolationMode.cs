namespace ScriptHost.Configuration;

/// <summary>Where functions run (<c>ScriptHost:Isolation</c>).</summary>
public enum IsolationMode
{
    /// <summary>In worker processes, confined by bubblewrap and cgroups where the host has them: the default.</summary>
    Process,

    /// <summary>In the host process, under the in-process guards only: for trusted code, at the highest speed.</summary>
    InProcess,
}
