using ScriptHost.FunctionApi.Tests.Oracle;
using Twilio.Security;

namespace ScriptHost.FunctionApi.Tests.Twilio.Security;

/// <summary>
/// Generated webhook requests, checked by ScriptHost's <see cref="RequestValidator"/> and by the npm twilio
/// library in one node process: same signatures, same verdicts on valid and tampered requests.
/// </summary>
public sealed class RequestValidatorOracleTests : IClassFixture<RequestValidatorOracleTests.OracleVerdicts>
{
    private const int Seed = 20240611;
    private const int FormRequests = 200;
    private const int JsonRequests = 60;

    private readonly OracleVerdicts _verdicts;

    public RequestValidatorOracleTests(OracleVerdicts verdicts)
    {
        _verdicts = verdicts;
    }

    [Fact]
    public void GeneratedRequests_CoverEnoughCases()
    {
        Assert.True(_verdicts.Results.Count(result => result.Check.Operation == "compute") >= FormRequests + JsonRequests);
        Assert.Contains(_verdicts.Results, result => result.Check.ExpectedValid == false);
    }

    [Fact]
    public void GetValidationSignature_GeneratedRequests_EqualsNodeLibrarySignature()
    {
        var mismatches = _verdicts.Results
            .Where(result => result.Check.Operation == "compute")
            .Select(result => (result.Check, Ours: new RequestValidator(result.Check.Token).GetValidationSignature(result.Check.Url, result.Check.Parameters), Theirs: result.Oracle["signature"]?.GetValue<string>()))
            .Where(comparison => comparison.Ours != comparison.Theirs)
            .Select(comparison => $"{comparison.Check.Name}: ours {comparison.Ours}, node {comparison.Theirs}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void Validate_GeneratedValidAndTamperedRequests_AgreesWithNodeLibraryAndExpectation()
    {
        var disagreements = new List<string>();
        foreach (var (check, oracle) in _verdicts.Results.Where(result => result.Check.Operation != "compute"))
        {
            var validator = new RequestValidator(check.Token);
            var ours = check.Operation == "validate"
                ? validator.Validate(check.Url, check.Parameters, check.Signature)
                : validator.Validate(check.Url, check.Body!, check.Signature);
            var theirs = oracle["valid"]?.GetValue<bool>();
            if (ours != theirs || ours != check.ExpectedValid)
            {
                disagreements.Add($"{check.Name}: ours {ours}, node {theirs?.ToString() ?? oracle.ToJsonString()}, expected {check.ExpectedValid}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }

    /// <summary>Generates the cases once per test class and asks node about all of them in one process.</summary>
    public sealed class OracleVerdicts
    {
        public OracleVerdicts()
        {
            var checks = new SignatureCaseGenerator(Seed).Generate(FormRequests, JsonRequests);
            var answers = NodeOracle.Run("signature", checks.Select(check => check.ToOracleCase()));
            Results = [.. checks.Zip(answers, (check, answer) => (check, answer!.AsObject()))];
        }

        internal IReadOnlyList<(SignatureCheck Check, System.Text.Json.Nodes.JsonObject Oracle)> Results { get; }
    }
}
