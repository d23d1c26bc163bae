using System.Text.Json;
using ScriptHost.FunctionApi.Tests.Oracle;

namespace ScriptHost.FunctionApi.Tests.Twilio.TwiML;

/// <summary>
/// The same TwiML built by ScriptHost and by the npm twilio library must be the same string: declaration,
/// attribute order, self-closing elements, escaping. Cases come from OracleCases/*.json (written by hand) and
/// from a seeded generator; node builds all of them in one process.
/// </summary>
public sealed class TwimlOracleTests : IClassFixture<TwimlOracleTests.OracleDocuments>
{
    private const int Seed = 4242;
    private const int GeneratedCases = 80;

    private readonly OracleDocuments _documents;

    public TwimlOracleTests(OracleDocuments documents)
    {
        _documents = documents;
    }

    [Fact]
    public void Cases_AreEnough()
    {
        Assert.True(_documents.Results.Count >= 50 + GeneratedCases / 2, $"only {_documents.Results.Count} cases");
        Assert.True(_documents.Results.Count(result => !result.Case.Name.StartsWith("generated", StringComparison.Ordinal)) >= 20);
    }

    [Fact]
    public void ToString_SameConstructionAsNodeLibrary_ProducesIdenticalXml()
    {
        var mismatches = new List<string>();
        foreach (var (twimlCase, oracle) in _documents.Results)
        {
            string ours;
            try
            {
                ours = TwimlCaseBuilder.Render(twimlCase);
            }
            catch (InvalidOperationException exception)
            {
                ours = "error: " + exception.Message;
            }

            var theirs = oracle.TryGetProperty("xml", out var xml) ? xml.GetString() : "error: " + oracle.GetProperty("error").GetString();
            // Only cases written to be refused may end in an error, and then both libraries must refuse them.
            var mustRefuse = twimlCase.Name.Contains("is refused", StringComparison.Ordinal);
            var bothRefused = ours.StartsWith("error: ", StringComparison.Ordinal) && theirs!.StartsWith("error: ", StringComparison.Ordinal);
            if (mustRefuse ? !bothRefused : ours != theirs || ours.StartsWith("error: ", StringComparison.Ordinal))
            {
                mismatches.Add($"{twimlCase.Name}:\n  ours: {ours}\n  node: {theirs}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    /// <summary>Loads and generates the cases once per test class and asks node about all of them at once.</summary>
    public sealed class OracleDocuments
    {
        public OracleDocuments()
        {
            var casesDirectory = Path.Combine(Path.GetDirectoryName(NodeOracle.Directory)!, "Twilio", "TwiML", "OracleCases");
            var written = Directory.GetFiles(casesDirectory, "*.json").Order(StringComparer.Ordinal)
                .SelectMany(file => JsonSerializer.Deserialize<List<TwimlCase>>(File.ReadAllText(file))!);
            var cases = written.Concat(new TwimlCaseGenerator(Seed).Generate(GeneratedCases)).ToList();
            var answers = NodeOracle.Run("twiml", cases.Select(TwimlCaseJson.ToOracleCase));
            Results = [.. cases.Zip(answers, (twimlCase, answer) => (twimlCase, JsonSerializer.Deserialize<JsonElement>(answer!.ToJsonString())))];
        }

        public IReadOnlyList<(TwimlCase Case, JsonElement Oracle)> Results { get; }
    }
}
