using ScriptHost.Cli.Logs;

namespace ScriptHost.Cli.Tests.Logs;

public sealed class SinceValueTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("30s", "2026-12-02T07:59:30Z")]
    [InlineData("10m", "2026-12-02T07:50:00Z")]
    [InlineData("2h", "2026-12-02T06:00:00Z")]
    [InlineData("1d", "2026-12-01T08:00:00Z")]
    [InlineData("2026-12-01T09:30:00Z", "2026-12-01T09:30:00Z")]
    [InlineData("2026-12-01T09:30:00", "2026-12-01T09:30:00Z")]
    [InlineData("2026-12-01T10:30:00+01:00", "2026-12-01T09:30:00Z")]
    public void TryParse_DurationOrTimestamp_GivesTheMoment(string text, string expected)
    {
        Assert.True(SinceValue.TryParse(text, s_now, out var since));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), since);
    }

    [Theory]
    [InlineData("10 minutes")]
    [InlineData("5w")]
    [InlineData("yesterday")]
    public void TryParse_Other_Refuses(string text) => Assert.False(SinceValue.TryParse(text, s_now, out _));
}
