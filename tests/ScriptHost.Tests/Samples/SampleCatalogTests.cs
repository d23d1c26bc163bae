using System.Text.RegularExpressions;

namespace ScriptHost.Tests.Samples;

/// <summary>
/// The folder of samples as a whole: each file is one of the samples a test class here deploys and runs, its header
/// names a webhook and a visibility, and scripts-samples/README.md lists it with that same visibility.
/// </summary>
public sealed partial class SampleCatalogTests
{
    // Each has a *Tests class in this folder; a new sample fails here until it gets one.
    private static readonly string[] TestedSamples =
    [
        "access-token", "conference-line", "forward-call", "ivr-menu", "media-stream", "send-sms-form", "sms-auto-reply", "stripe-to-sms",
        "verify-otp", "voicemail",
    ];

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "scripts-samples");

    public static TheoryData<string> Samples => [.. TestedSamples];

    [Fact]
    public void Folder_HoldsExactlyTheTestedSamples()
    {
        var files = Directory.GetFiles(Folder, "*.csx").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(TestedSamples, files);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Header_SaysWhatToPointAtItAndWhichVisibilityToDeployWith(string sample)
    {
        var header = HeaderOf(sample);

        Assert.Contains("Point at it:", header, StringComparison.Ordinal);
        Assert.Contains("Environment:", header, StringComparison.Ordinal);
        Assert.Matches(DeployVisibility(), header);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Readme_ListsTheSampleWithTheVisibilityItsHeaderNames(string sample)
    {
        var visibility = DeployVisibility().Match(HeaderOf(sample)).Groups["visibility"].Value;
        var readme = File.ReadAllText(Path.Combine(Folder, "README.md"));

        Assert.Contains($"| [`{sample}`]({sample}.csx) |", readme, StringComparison.Ordinal);
        Assert.Contains($"| `{sample}` | `jq -Rs '{{source: ., visibility: \"{visibility}\"}}' {sample}.csx \\| curl -X PUT \"$HOST/api/services/$SERVICE/functions/{sample}\"", readme, StringComparison.Ordinal);
    }

    private static string HeaderOf(string sample) =>
        string.Join('\n', File.ReadLines(Path.Combine(Folder, sample + ".csx")).TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal)));

    [GeneratedRegex("Deploy with visibility \"(?<visibility>public|protected|private)\"")]
    private static partial Regex DeployVisibility();
}
