namespace ScriptHost.FunctionApi.Tests.Twilio.Jwt.AccessToken;

/// <summary>A clock stopped at one instant, so a token issued here and one issued by node carry the same times.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
