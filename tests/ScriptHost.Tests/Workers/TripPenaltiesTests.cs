using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScriptHost.Workers;

namespace ScriptHost.Tests.Workers;

public sealed class TripPenaltiesTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void RecordTrip_FirstTrip_DoesNotPenalize()
    {
        var penalties = Create(seconds: 30);

        Assert.False(penalties.RecordTrip("a"));

        Assert.False(penalties.IsPenalized("a"));
    }

    [Fact]
    public void RecordTrip_SecondTripWithinTheWindow_PenalizesUntilTheWindowAfterIt()
    {
        var penalties = Create(seconds: 30);
        penalties.RecordTrip("a");
        _clock.Advance(TimeSpan.FromSeconds(20));

        Assert.True(penalties.RecordTrip("a"));
        _clock.Advance(TimeSpan.FromSeconds(29));

        Assert.True(penalties.IsPenalized("a"));
        Assert.False(penalties.IsPenalized("b"));
        Assert.Equal(1, penalties.PenalizedCount);
        Assert.False(penalties.EndIfDue("a"));
    }

    [Fact]
    public void RecordTrip_SecondTripAfterTheWindow_DoesNotPenalize()
    {
        var penalties = Create(seconds: 30);
        penalties.RecordTrip("a");
        _clock.Advance(TimeSpan.FromSeconds(31));

        Assert.False(penalties.RecordTrip("a"));

        Assert.False(penalties.IsPenalized("a"));
    }

    [Fact]
    public void RecordTrip_AnotherTripWhilePenalized_StartsTheWindowAgainAndSaysNothingChanged()
    {
        var penalties = Create(seconds: 30);
        penalties.RecordTrip("a");
        penalties.RecordTrip("a");
        _clock.Advance(TimeSpan.FromSeconds(20));

        Assert.False(penalties.RecordTrip("a"));
        _clock.Advance(TimeSpan.FromSeconds(20));

        Assert.True(penalties.IsPenalized("a"));
    }

    [Fact]
    public void EndIfDue_WindowOver_EndsOnceAndTheNextTripStartsAfresh()
    {
        var penalties = Create(seconds: 30);
        penalties.RecordTrip("a");
        penalties.RecordTrip("a");
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.False(penalties.IsPenalized("a"));
        Assert.Equal(0, penalties.PenalizedCount);
        Assert.True(penalties.EndIfDue("a"));
        Assert.False(penalties.EndIfDue("a"));
        Assert.False(penalties.RecordTrip("a"));
    }

    [Fact]
    public void RecordTrip_PenaltiesTurnedOff_NeverPenalizes()
    {
        var penalties = Create(seconds: 0);

        penalties.RecordTrip("a");
        Assert.False(penalties.RecordTrip("a"));
        Assert.False(penalties.IsPenalized("a"));
    }

    [Fact]
    public void Forget_PenalizedService_NoLongerPenalizedAndItsTripsForgotten()
    {
        var penalties = Create(seconds: 30);
        penalties.RecordTrip("a");
        penalties.RecordTrip("a");

        penalties.Forget("a");

        Assert.False(penalties.IsPenalized("a"));
        Assert.False(penalties.RecordTrip("a"));
    }

    private TripPenalties Create(int seconds) => new(Options.Create(new WorkerPoolOptions { TripPenaltySeconds = seconds }), _clock);
}
