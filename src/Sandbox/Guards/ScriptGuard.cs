using System.ComponentModel;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// The calls the guard injector places into script IL. Scripts cannot name this type (it is not among their
/// references); only injected code reaches it.
/// </summary>
/// <remarks>PLACEHOLDER: checks only the tripped flag. The guard rewriter lands with full accounting.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptGuard
{
    /// <summary>At every method, lambda, accessor and constructor entry.</summary>
    public static void Enter() => InvocationBudget.Current?.ThrowIfTripped();

    /// <summary>At every loop back-edge.</summary>
    public static void Loop() => InvocationBudget.Current?.ThrowIfTripped();
}
