using System.Text.Json.Nodes;
using Twilio.Jwt.AccessToken;

namespace ScriptHost.FunctionApi.Tests.Twilio.Jwt.AccessToken;

/// <summary>
/// One access token's inputs, built by ScriptHost (<see cref="Build"/>) and described for the npm library
/// (<see cref="ToOracleCase"/>), with the clock pinned so both issue it at the same second.
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
            Region,
            new FixedClock(DateTimeOffset.FromUnixTimeSeconds(Now)));
        return token.ToJwt();
    }

    public JsonNode ToOracleCase(string candidateJwt) => new JsonObject
    {
        ["accountSid"] = AccountSid,
        ["keySid"] = KeySid,
        ["secret"] = Secret,
        ["identity"] = Identity,
        ["ttl"] = LifetimeSeconds,
        ["nbf"] = NotBefore,
        ["region"] = Region,
        ["now"] = Now,
        ["grants"] = new JsonArray([.. Grants.Select(DescribeGrant)]),
        ["candidateJwt"] = candidateJwt,
    };

    // The npm library's grant options, named as its constructors take them.
    private static JsonNode DescribeGrant(IGrant grant) => grant switch
    {
        VoiceGrant voice => Grant("voice", new JsonObject
        {
            ["incomingAllow"] = voice.IncomingAllow,
            ["outgoingApplicationSid"] = voice.OutgoingApplicationSid,
            ["outgoingApplicationParams"] = voice.OutgoingApplicationParams is null
                ? null
                : new JsonObject([.. voice.OutgoingApplicationParams.Select(pair => new KeyValuePair<string, JsonNode?>(pair.Key, pair.Value))]),
            ["pushCredentialSid"] = voice.PushCredentialSid,
            ["endpointId"] = voice.EndpointId,
        }),
        ChatGrant chat => Grant("chat", new JsonObject
        {
            ["serviceSid"] = chat.ServiceSid,
            ["endpointId"] = chat.EndpointId,
            ["deploymentRoleSid"] = chat.DeploymentRoleSid,
            ["pushCredentialSid"] = chat.PushCredentialSid,
        }),
        SyncGrant sync => Grant("sync", new JsonObject { ["serviceSid"] = sync.ServiceSid, ["endpointId"] = sync.EndpointId }),
        VideoGrant video => Grant("video", new JsonObject { ["room"] = video.Room }),
        _ => throw new ArgumentOutOfRangeException(nameof(grant), grant.GetType().Name, "no npm equivalent"),
    };

    private static JsonObject Grant(string type, JsonObject options) => new() { ["type"] = type, ["options"] = options };
}
