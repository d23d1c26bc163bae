using System.Text.Json.Nodes;
using Twilio.Jwt.AccessToken;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary.Jwt.AccessToken;

/// <summary>
/// One access token's inputs, issued by the Twilio library as a function issues it (<see cref="Build"/>) and described
/// for node (<see cref="ToOracleCase"/>), which verifies the token at <see cref="Now"/>, the second it was issued.
/// </summary>
internal sealed record TokenCase(
    string Name,
    string AccountSid,
    string KeySid,
    string Secret,
    string Identity,
    long Now,
    int? LifetimeSeconds,
    long? NotBefore,
    string? Region,
    IReadOnlyList<IGrant> Grants,
    string? SigningSecretOverride = null)
{
    public string Build()
    {
        DateTime? expiration = LifetimeSeconds is { } lifetime ? DateTimeOffset.FromUnixTimeSeconds(Now + lifetime).UtcDateTime : null;
        DateTime? notBefore = NotBefore is { } nbf ? DateTimeOffset.FromUnixTimeSeconds(nbf).UtcDateTime : null;
        var token = new Token(
            AccountSid,
            KeySid,
            SigningSecretOverride ?? Secret,
            Identity,
            expiration,
            notBefore,
            [.. Grants],
            Region);
        return token.ToJwt();
    }

    /// <summary>What node needs to verify <paramref name="candidateJwt"/>: the secret and the second to verify at.</summary>
    public JsonNode ToOracleCase(string candidateJwt) => new JsonObject
    {
        ["secret"] = Secret,
        ["now"] = Now,
        ["candidateJwt"] = candidateJwt,
    };
}
