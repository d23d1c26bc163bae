using Microsoft.Extensions.Options;
using ScriptHost.Editor;

namespace ScriptHost.Tests.Editor;

public sealed class EditorGateTests
{
    private readonly EditorGate _gate = new(Options.Create(new EditorOptions { MaxConcurrentPerService = 2 }));

    [Fact]
    public void TryEnter_PastTheServicesLimit_RefusesUntilASlotIsReleased()
    {
        using var first = _gate.TryEnter("a");
        var second = _gate.TryEnter("a");

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(_gate.TryEnter("a"));
        second!.Dispose();
        using var again = _gate.TryEnter("a");
        Assert.NotNull(again);
    }

    [Fact]
    public void TryEnter_OtherService_HasItsOwnSlots()
    {
        using var a1 = _gate.TryEnter("a");
        using var a2 = _gate.TryEnter("a");

        using var b = _gate.TryEnter("b");

        Assert.NotNull(b);
    }

    [Fact]
    public void Dispose_Twice_ReleasesOneSlot()
    {
        var first = _gate.TryEnter("a")!;
        using var second = _gate.TryEnter("a");
        first.Dispose();
        first.Dispose();

        using var third = _gate.TryEnter("a");

        Assert.NotNull(third);
        Assert.Null(_gate.TryEnter("a"));
    }
}
