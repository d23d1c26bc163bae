namespace ScriptHost.Sandbox.Guards;

/// <summary>The per-invocation limits a script can run into.</summary>
public enum LimitKind
{
    /// <summary>Wall-clock time.</summary>
    Time,

    /// <summary>Bytes allocated by the invocation.</summary>
    Memory,

    /// <summary>Call depth (and the thread's real stack).</summary>
    Stack,

    /// <summary>Size of the result and logs.</summary>
    Output,
}
