using System.Text.Json.Nodes;
using ScriptHost.FunctionApi.Tests.Oracle;

namespace ScriptHost.FunctionApi.Tests.Twilio.Jwt.AccessToken;

/// <summary>
/// Access tokens issued by ScriptHost are verified by node's jsonwebtoken with the secret and compared with the
/// token the npm twilio library's AccessToken issues for the same inputs at the same (pinned) second: they must be
/// the same string, header, claims and signature alike. A token signed with another secret must fail verification.
/// </summary>
public sealed class TokenOracleTests : IClassFixture<TokenOracleTests.OracleTokens>
{
    private const int Seed = 777;
    private const int GeneratedTokens = 40;
    private const int TamperedTokens = 10;

    private readonly OracleTokens _tokens;

    public TokenOracleTests(OracleTokens tokens)
    {
        _tokens = tokens;
    }

    [Fact]
    public void ToJwt_SameInputsAndClock_EqualsNodeLibraryTokenByteForByte()
    {
        var mismatches = _tokens.Genuine
            .Where(result => result.Ours != result.Oracle["jwt"]!.GetValue<string>())
            .Select(result => $"{result.Case.Name}:\n  ours: {result.Ours}\n  node: {result.Oracle["jwt"]}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
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
            Assert.Equal($"{tokenCase.KeySid}-{tokenCase.Now}", (string?)payload["jti"]);
            Assert.Equal(tokenCase.KeySid, (string?)payload["iss"]);
            Assert.Equal(tokenCase.AccountSid, (string?)payload["sub"]);
            Assert.Equal(tokenCase.Now, (long)payload["iat"]!);
            Assert.Equal(tokenCase.Now + (tokenCase.LifetimeSeconds ?? 3600), (long)payload["exp"]!);
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
            var genuine = new TokenCaseGenerator(Seed).Generate(GeneratedTokens).ToList();
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
