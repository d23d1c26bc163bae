using System.Runtime.CompilerServices;

namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>Waits, bounded, for weakly held load contexts to be collected after unloading.</summary>
public static class LoadContextCollection
{
    /// <summary>How many of <paramref name="contexts"/> are still alive after up to <paramref name="rounds"/> full GCs.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int AliveAfterCollecting(IReadOnlyCollection<WeakReference> contexts, int rounds = 30)
    {
        for (var round = 0; round < rounds; round++)
        {
            if (contexts.All(c => !c.IsAlive))
            {
                return 0;
            }

            // Unloading a collectible context takes more than one GC: finalizers of its loader allocator run between.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        return contexts.Count(c => c.IsAlive);
    }
}
