using System.Globalization;
using System.Text.Json.Nodes;
using ScriptHost.FunctionApi.Tests.Oracle;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary.Jwt.AccessToken;

/// <summary>
/// Access tokens issued by the Twilio library in a function are verified by node's jsonwebtoken (what Twilio's
/// JavaScript SDKs and the npm library use) with the secret, and carry Twilio's header and claims. A token signed with
/// another secret must fail verification. (Not byte for byte the npm library's token: the C# library leaves out
/// <c>iat</c> and orders the claims its own way.)
/// </summary>
public sealed class TokenOracleTests : IClassFixture<TokenOracleTests.OracleTokens>
{
    private const int Seed = 777;
    private const int GeneratedTokens = 40;
    private const int TamperedTokens = 10;

    // How long issuing all the tokens may take: the library reads the real clock.
    private const int MaxIssueSeconds = 60;

    private readonly OracleTokens _tokens;

    public TokenOracleTests(OracleTokens tokens)
    {
        _tokens = tokens;
    }

    [Fact]
    public void ToJwt_VerifiedByJsonwebtokenWithSecret_HasTwilioHeaderAndClaims()
    {
        foreach (var (tokenCase, _, oracle) in _tokens.Genuine)
        {
            var verified = oracle["verified"]!.AsObject();
            Assert.False(verified.ContainsKey("error"), $"{tokenCase.Name}: {verified["error"]}");
            var header = verified["header"]!;
            var payload = verified["payload"]!;
            Assert.Equal("HS256", (string?)header["alg"]);
            Assert.Equal("JWT", (string?)header["typ"]);
            Assert.Equal("twilio-fpa;v=1", (string?)header["cty"]);
            Assert.Equal(tokenCase.Region, (string?)header["twr"]);
            var issuedAt = long.Parse(((string)payload["jti"]!)[(tokenCase.KeySid.Length + 1)..], CultureInfo.InvariantCulture);
            Assert.StartsWith(tokenCase.KeySid + "-", (string?)payload["jti"], StringComparison.Ordinal);
            Assert.InRange(issuedAt, tokenCase.Now, tokenCase.Now + MaxIssueSeconds);
            Assert.Equal(tokenCase.KeySid, (string?)payload["iss"]);
            Assert.Equal(tokenCase.AccountSid, (string?)payload["sub"]);
            if (tokenCase.LifetimeSeconds is { } lifetime)
            {
                Assert.Equal(tokenCase.Now + lifetime, (long)payload["exp"]!);
            }
            else
            {
                // The library reads the clock twice (expiry, then id): a second can tick between.
                Assert.InRange((long)payload["exp"]!, issuedAt + 3599, issuedAt + 3600);
            }

            Assert.Equal(tokenCase.NotBefore, (long?)payload["nbf"]);
            Assert.Equal(tokenCase.Identity, (string?)payload["grants"]!["identity"]);
            Assert.All(tokenCase.Grants, grant => Assert.NotNull(payload["grants"]![grant.Key]));
        }
    }

    [Fact]
    public void ToJwt_SignedWithAnotherSecret_FailsVerification()
    {
        Assert.Equal(TamperedTokens, _tokens.Tampered.Count);
        Assert.All(_tokens.Tampered, result =>
            Assert.Contains("invalid signature", (string?)result.Oracle["verified"]!["error"], StringComparison.Ordinal));
    }

    /// <summary>Issues every token once per test class and has node check all of them in one process.</summary>
    public sealed class OracleTokens
    {
        public OracleTokens()
        {
            var genuine = new TokenCaseGenerator(Seed, DateTimeOffset.UtcNow.ToUnixTimeSeconds()).Generate(GeneratedTokens).ToList();
            var tampered = genuine.Take(TamperedTokens).Select(tokenCase => tokenCase with { Name = tokenCase.Name + " (wrong secret)", SigningSecretOverride = tokenCase.Secret + "x" });
            var cases = genuine.Concat(tampered).Select(tokenCase => (Case: tokenCase, Ours: tokenCase.Build())).ToList();
            var answers = NodeOracle.Run("token", cases.Select(item => item.Case.ToOracleCase(item.Ours)));
            var results = cases.Zip(answers, (item, answer) => (item.Case, item.Ours, Oracle: answer!.AsObject())).ToList();
            Genuine = [.. results.Take(GeneratedTokens)];
            Tampered = [.. results.Skip(GeneratedTokens)];
        }

        internal IReadOnlyList<(TokenCase Case, string Ours, JsonObject Oracle)> Genuine { get; }

        internal IReadOnlyList<(TokenCase Case, string Ours, JsonObject Oracle)> Tampered { get; }
    }
}
