using System.Text.Json.Nodes;
using ScriptHost.FunctionApi.Tests.Oracle;
using ScriptHost.Functions.TwilioLibrary;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// Generated webhook requests (260: 200 form, 60 JSON), each asked three ways (780 checks): the host's
/// <see cref="TwilioSignatureCheck"/> must accept the signature Twilio's Node library computes, and give Node's verdict
/// on a validly signed and on a tampered request. Node runs once for all of them.
/// </summary>
public sealed class TwilioSignatureCheckOracleTests : IClassFixture<TwilioSignatureCheckOracleTests.OracleVerdicts>
{
    private const int Seed = 20240611;
    private const int FormRequests = 200;
    private const int JsonRequests = 60;

    private readonly OracleVerdicts _verdicts;

    public TwilioSignatureCheckOracleTests(OracleVerdicts verdicts)
    {
        _verdicts = verdicts;
    }

    [Fact]
    public void GeneratedRequests_ThreeChecksEach_CoverRepeatedKeysPortsJsonAndTampering()
    {
        var checks = _verdicts.Results.Select(result => result.Check).ToList();

        Assert.Equal(3 * (FormRequests + JsonRequests), checks.Count);
        Assert.Equal(FormRequests + JsonRequests, checks.Count(check => check.Operation == SignatureCheck.ComputeOperation));
        Assert.Equal(2 * JsonRequests, checks.Count(check => check.Operation == SignatureCheck.ValidateWithBodyOperation));
        Assert.Contains(checks, check => check.ExpectedValid == false && check.Operation == SignatureCheck.ValidateOperation);
        Assert.Contains(checks, check => check.ExpectedValid == false && check.Operation == SignatureCheck.ValidateWithBodyOperation);
        Assert.Contains(checks, check => check.Operation == SignatureCheck.ValidateOperation && check.HasRepeatedKey);
        Assert.Contains(checks, check => check.Url.Contains(":443/", StringComparison.Ordinal));
    }

    [Fact]
    public void TwilioSigning_GeneratedRequests_EqualsNodeLibrarySignature()
    {
        var mismatches = ComputeChecks()
            .Select(result => (result.Check, Ours: Sign(result.Check), Theirs: NodeSignature(result.Oracle)))
            .Where(comparison => comparison.Ours != comparison.Theirs)
            .Select(comparison => $"{comparison.Check.Name}: helper {comparison.Ours}, node {comparison.Theirs}")
            .ToList();

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void IsGenuine_SignatureNodeLibraryComputed_Accepts()
    {
        var refused = ComputeChecks()
            .Where(result => NodeSignature(result.Oracle) is not { } signature || !IsGenuine(result.Check, signature))
            .Select(result => $"{result.Check.Name}: refused node's {result.Oracle.ToJsonString()}")
            .ToList();

        Assert.True(refused.Count == 0, string.Join('\n', refused));
    }

    [Fact]
    public void IsGenuine_GeneratedValidAndTamperedRequests_AgreesWithNodeLibraryAndExpectation()
    {
        var disagreements = new List<string>();
        foreach (var (check, oracle) in _verdicts.Results.Where(result => result.Check.Operation != SignatureCheck.ComputeOperation))
        {
            var ours = IsGenuine(check, check.Signature!);
            var theirs = oracle["valid"]?.GetValue<bool>();
            if (ours != theirs || ours != check.ExpectedValid)
            {
                disagreements.Add($"{check.Name}: host {ours}, node {theirs?.ToString() ?? oracle.ToJsonString()}, expected {check.ExpectedValid}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }

    private IEnumerable<(SignatureCheck Check, JsonObject Oracle)> ComputeChecks() =>
        _verdicts.Results.Where(result => result.Check.Operation == SignatureCheck.ComputeOperation);

    private static string? NodeSignature(JsonObject oracle) => oracle["signature"]?.GetValue<string>();

    private static string Sign(SignatureCheck check) => TwilioWebhookSigner.Sign(check.Token, check.Url, check.Parameters ?? []);

    // A JSON request is one with a body; a compute check carries its request's body for this side only.
    private static bool IsGenuine(SignatureCheck check, string signature) => check.Body is { } body
        ? TwilioSignatureCheck.IsGenuine(check.Token, check.Url, body, signature)
        : TwilioSignatureCheck.IsGenuine(check.Token, check.Url, check.Parameters ?? [], signature);

    /// <summary>Generates the cases once per test class and asks node about all of them in one process.</summary>
    public sealed class OracleVerdicts
    {
        public OracleVerdicts()
        {
            var checks = new SignatureCaseGenerator(Seed).Generate(FormRequests, JsonRequests);
            var answers = NodeOracle.Run("signature", checks.Select(check => check.ToOracleCase()));
            Results = [.. checks.Zip(answers, (check, answer) => (check, answer!.AsObject()))];
        }

        internal IReadOnlyList<(SignatureCheck Check, JsonObject Oracle)> Results { get; }
    }
}
