using Twilio.Jwt.AccessToken;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary.Jwt.AccessToken;

/// <summary>
/// Seeded random access tokens issued at <paramref name="now"/> (the library reads the real clock): every grant type
/// node describes too, optional fields set or not, unicode identities, regions, lifetimes.
/// </summary>
internal sealed class TokenCaseGenerator(int seed, long now)
{
    private static readonly string[] Identities = ["alice", "user@example.com", "Zoë Ünïcode", "客服-42", "emoji 😀", "quote \" and \\ backslash", "tab\tnew\nline"];
    private static readonly string?[] Regions = [null, null, "us1", "ie1", "au1"];

    private readonly Random _random = new(seed);

    public IEnumerable<TokenCase> Generate(int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return new TokenCase(
                $"token #{index}",
                "AC" + Hex(32),
                "SK" + Hex(32),
                Hex(32),
                Identities[_random.Next(Identities.Length)],
                now,
                _random.Next(3) == 0 ? null : _random.Next(60, 86_400),
                _random.Next(3) == 0 ? now - _random.Next(0, 600) : null,
                Regions[_random.Next(Regions.Length)],
                Grants());
        }
    }

    private List<IGrant> Grants()
    {
        var grants = new List<IGrant>();
        if (Chance())
        {
            grants.Add(new VoiceGrant
            {
                IncomingAllow = Chance(),
                OutgoingApplicationSid = Maybe("AP" + Hex(32)),
                OutgoingApplicationParams = Chance() ? new Dictionary<string, string> { ["agent"] = "Zoë", ["2"] = "second", ["queue"] = "support", ["1"] = "first" } : null,
                PushCredentialSid = Maybe("CR" + Hex(32)),
                EndpointId = Maybe("endpoint-" + Hex(4)),
            });
        }

        if (Chance())
        {
            grants.Add(new ChatGrant
            {
                ServiceSid = Maybe("IS" + Hex(32)),
                EndpointId = Maybe("app:device:" + Hex(4)),
                DeploymentRoleSid = Maybe("RL" + Hex(32)),
                PushCredentialSid = Maybe("CR" + Hex(32)),
            });
        }

        if (Chance())
        {
            grants.Add(new SyncGrant { ServiceSid = Maybe("IS" + Hex(32)), EndpointId = Maybe("sync-" + Hex(4)) });
        }

        if (Chance())
        {
            grants.Add(new VideoGrant { Room = Maybe(Chance() ? "DailyStandup" : "Salle de réunion 😀") });
        }

        return [.. grants.OrderBy(_ => _random.Next())];
    }

    private bool Chance() => _random.Next(2) == 0;

    private string? Maybe(string value) => _random.Next(3) == 0 ? null : value;

    private string Hex(int length)
    {
        var bytes = new byte[length / 2];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
