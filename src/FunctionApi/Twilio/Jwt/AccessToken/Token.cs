namespace Twilio.Jwt.AccessToken;

/// <summary>
/// A Twilio access token: a JWT, signed with an API key's secret, that lets a client SDK (Voice, Conversations,
/// Sync, Video) act as <c>identity</c> with the permissions of its grants. Produces the same token, byte for byte,
/// as Twilio's Node library's <c>AccessToken</c> for the same inputs and clock.
/// </summary>
public class Token
{
    private const int DefaultLifetimeSeconds = 3600;

    private readonly string _accountSid;
    private readonly string _signingKeySid;
    private readonly string _secret;
    private readonly string? _identity;
    private readonly DateTime? _expiration;
    private readonly DateTime? _nbf;
    private readonly HashSet<IGrant> _grants;
    private readonly string? _region;
    private readonly TimeProvider _clock;

    /// <summary>Creates an access token.</summary>
    /// <param name="accountSid">The account SID (<c>AC...</c>), written as the token's subject.</param>
    /// <param name="signingKeySid">The API key SID (<c>SK...</c>), written as the token's issuer.</param>
    /// <param name="secret">The API key's secret, which signs the token.</param>
    /// <param name="identity">The identity the client acts as.</param>
    /// <param name="expiration">When the token expires; an hour after it is issued when not given.</param>
    /// <param name="nbf">The time before which the token is not valid; none when not given.</param>
    /// <param name="grants">The permissions the token carries; the token lists them in the set's order.</param>
    /// <param name="region">The Twilio region the token is for, written as the <c>twr</c> header.</param>
    public Token(
        string accountSid,
        string signingKeySid,
        string secret,
        string? identity = null,
        DateTime? expiration = null,
        DateTime? nbf = null,
        HashSet<IGrant>? grants = null,
        string? region = null)
        : this(accountSid, signingKeySid, secret, identity, expiration, nbf, grants, region, TimeProvider.System)
    {
    }

    internal Token(
        string accountSid,
        string signingKeySid,
        string secret,
        string? identity,
        DateTime? expiration,
        DateTime? nbf,
        HashSet<IGrant>? grants,
        string? region,
        TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountSid);
        ArgumentException.ThrowIfNullOrEmpty(signingKeySid);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _accountSid = accountSid;
        _signingKeySid = signingKeySid;
        _secret = secret;
        _identity = identity;
        _expiration = expiration;
        _nbf = nbf;
        _grants = grants ?? [];
        _region = region;
        _clock = clock;
    }

    /// <summary>Signs the token (HS256) and returns it in compact JWT form, issued now.</summary>
    /// <returns>The token, ready to hand to a client SDK.</returns>
    public string ToJwt()
    {
        var issuedAt = _clock.GetUtcNow().ToUnixTimeSeconds();

        // Header and claims are written in the Node library's order, so equal inputs give equal bytes.
        var header = new OrderedDictionary<string, object>
        {
            ["alg"] = "HS256",
            ["typ"] = "JWT",
            ["cty"] = "twilio-fpa;v=1",
        };
        if (!string.IsNullOrEmpty(_region))
        {
            header["twr"] = _region;
        }

        var grants = new OrderedDictionary<string, object>();
        if (_identity is not null)
        {
            grants["identity"] = _identity;
        }

        foreach (var grant in _grants)
        {
            grants[grant.Key] = grant.Payload;
        }

        var payload = new OrderedDictionary<string, object>
        {
            ["jti"] = $"{_signingKeySid}-{issuedAt}",
            ["grants"] = grants,
        };
        if (_nbf is { } notBefore)
        {
            payload["nbf"] = ToUnixSeconds(notBefore);
        }

        payload["iat"] = issuedAt;
        payload["exp"] = _expiration is { } expiration ? ToUnixSeconds(expiration) : issuedAt + DefaultLifetimeSeconds;
        payload["iss"] = _signingKeySid;
        payload["sub"] = _accountSid;
        return HmacJsonWebToken.Encode(header, payload, _secret);
    }

    // A local or unspecified time is taken as local, as DateTime.ToUniversalTime does.
    private static long ToUnixSeconds(DateTime time) => new DateTimeOffset(time.ToUniversalTime()).ToUnixTimeSeconds();
}
