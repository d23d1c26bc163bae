using Mono.Cecil;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Guards;

[Collection(ScriptCollection.Name)]
public sealed class UnguardedMethodsTests
{
    private static readonly Lazy<ModuleDefinition> AsyncIterator = new(() => GuardedImage.Read("""
        async IAsyncEnumerable<int> Numbers()
        {
            for (var i = 0; i < 3; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }

        var sum = 0;
        await foreach (var n in Numbers()) sum += n;
        return sum;
        """));

    [Fact]
    public void Inject_AsyncIteratorsValueTaskSourceMembers_GetNoGuardThatCouldThrow()
    {
        // The runtime calls these where an exception would end the process (ValueTaskAwaiter.OnCompleted,
        // ValueTask.AsTask's callback calling GetStatus from inside SetResult).
        var members = AsyncIterator.Value.MethodsWithBodies().Where(UnguardedMethods.Contains).ToList();

        Assert.Equal(["GetResult", "GetStatus", "OnCompleted"], members.Select(m => m.Name[(m.Name.LastIndexOf('.') + 1)..]).Distinct().Order());
        Assert.All(members, m => Assert.DoesNotContain(m.Calls(), c => c.DeclaringType.Name == nameof(ScriptGuard)));
    }

    [Fact]
    public void Inject_AsyncIteratorsOtherMembers_KeepTheirGuards()
    {
        var iterator = AsyncIterator.Value.GetTypes().Single(t => t.Interfaces.Any(i => i.InterfaceType.Name.StartsWith("IValueTaskSource", StringComparison.Ordinal)));
        var guarded = iterator.Methods.Where(m => m.HasBody && !UnguardedMethods.Contains(m)).ToList();

        Assert.Contains(guarded, m => m.Name == "MoveNext");
        Assert.All(guarded, m => Assert.True(
            m.Body.Instructions[0].Operand is MethodReference { Name: nameof(ScriptGuard.Enter) or nameof(ScriptGuard.Resume) },
            $"{m.FullName} starts with {m.Body.Instructions[0]}"));
    }
}
