namespace ScriptHost.Security;

/// <summary>Which of a holder's keys a presented key is: the current one, the one rotated out last (still in its grace period), or neither.</summary>
internal enum KeyMatch
{
    None,
    Current,
    RotatedOut,
}
