using Mono.Cecil;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// Compiler-generated methods that get no guards at all, because the runtime calls them where an exception cannot
/// be caught: an async iterator's <c>IValueTaskSource</c> members. <c>ValueTaskAwaiter</c> calls <c>OnCompleted</c>
/// under a catch that rethrows on the thread pool, and <c>ValueTask.AsTask</c>'s completion callback calls
/// <c>GetStatus</c> from inside the iterator's own <c>SetResult</c>, outside its catch: a guard that threw there (a
/// limit tripped meanwhile) would end the process. Their bodies only forward to the framework's
/// <c>ManualResetValueTaskSourceCore</c>, never to script code, and allocation is charged at the next guard anyway.
/// </summary>
internal static class UnguardedMethods
{
    private const string ValueTaskSourcesNamespace = "System.Threading.Tasks.Sources";

    /// <summary>
    /// True for an explicit implementation of <c>IValueTaskSource</c> or <c>IValueTaskSource&lt;T&gt;</c>. Scripts
    /// cannot name those interfaces (they are compiler-only in the allowlist), so only the compiler writes such methods.
    /// </summary>
    public static bool Contains(MethodDefinition method) =>
        method.Overrides.Any(o => o.DeclaringType.Namespace == ValueTaskSourcesNamespace && o.DeclaringType.Name.StartsWith("IValueTaskSource", StringComparison.Ordinal));
}
