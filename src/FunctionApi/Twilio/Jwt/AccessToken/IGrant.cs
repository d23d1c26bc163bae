namespace Twilio.Jwt.AccessToken;

/// <summary>A permission an access token carries, such as placing calls (<see cref="VoiceGrant"/>).</summary>
public interface IGrant
{
    /// <summary>The grant's key in the token's <c>grants</c> claim, for example <c>voice</c>.</summary>
    string Key { get; }

    /// <summary>The grant's claim value: an ordered map of field names to values.</summary>
    object Payload { get; }
}
