using Mono.Cecil.Cil;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Guards;

[Collection(ScriptCollection.Name)]
public sealed class FrameworkCallRedirectsTests
{
    [Fact]
    public void Inject_EveryTaskDelay_CalledOrMadeADelegate_GoesToTheGuard()
    {
        var module = GuardedImage.Read("""
            await Task.Delay(1);
            await Task.Delay(TimeSpan.FromMilliseconds(1));
            await Task.Delay(1, Cancellation);
            await Task.Delay(TimeSpan.FromMilliseconds(1), Cancellation);
            Func<int, Task> later = Task.Delay;
            await later(1);
            return 1;
            """);

        var delays = module.MethodsWithBodies()
            .SelectMany(m => m.Body.Instructions)
            .Where(i => i.OpCode.Code is Code.Call or Code.Ldftn && i.Operand is Mono.Cecil.MethodReference { Name: "Delay" })
            .Select(i => (Mono.Cecil.MethodReference)i.Operand)
            .ToList();

        Assert.Equal(5, delays.Count);
        Assert.All(delays, d => Assert.Equal(typeof(ScriptGuard).FullName, d.DeclaringType.FullName));
        Assert.Equal(4, delays.Select(d => string.Join(",", d.Parameters.Select(p => p.ParameterType.Name))).Distinct().Count());
    }
}
