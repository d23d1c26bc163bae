using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScriptHost.Workers;

namespace ScriptHost.Tests.Workers;

public sealed class TripPenaltiesTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Penalize_FirstTrip_PenalizedUntilTheWindowEnds()
    {
        var penalties = Create(seconds: 30);

        Assert.True(penalties.Penalize("a"));
        _clock.Advance(TimeSpan.FromSeconds(29));

        Assert.True(penalties.IsPenalized("a"));
        Assert.False(penalties.IsPenalized("b"));
        Assert.False(penalties.EndIfDue("a"));
    }

    [Fact]
    public void Penalize_AnotherTripWhilePenalized_StartsTheWindowAgainAndSaysNothingChanged()
    {
        var penalties = Create(seconds: 30);
        penalties.Penalize("a");
        _clock.Advance(TimeSpan.FromSeconds(20));

        Assert.False(penalties.Penalize("a"));
        _clock.Advance(TimeSpan.FromSeconds(20));

        Assert.True(penalties.IsPenalized("a"));
    }

    [Fact]
    public void EndIfDue_WindowOver_EndsOnceAndTheServiceIsNoLongerPenalized()
    {
        var penalties = Create(seconds: 30);
        penalties.Penalize("a");
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.False(penalties.IsPenalized("a"));
        Assert.True(penalties.EndIfDue("a"));
        Assert.False(penalties.EndIfDue("a"));
        Assert.True(penalties.Penalize("a"));
    }

    [Fact]
    public void Penalize_PenaltyTurnedOff_NeverPenalizes()
    {
        var penalties = Create(seconds: 0);

        Assert.False(penalties.Penalize("a"));
        Assert.False(penalties.IsPenalized("a"));
    }

    [Fact]
    public void Forget_PenalizedService_NoLongerPenalized()
    {
        var penalties = Create(seconds: 30);
        penalties.Penalize("a");

        penalties.Forget("a");

        Assert.False(penalties.IsPenalized("a"));
    }

    private TripPenalties Create(int seconds) => new(Options.Create(new WorkerPoolOptions { TripPenaltySeconds = seconds }), _clock);
}
