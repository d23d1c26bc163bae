using ScriptHost.Api.Contracts.Templates;

namespace ScriptHost.Tests.Samples;

/// <summary>
/// The folder of samples as a whole: each file is one of the samples a test class here deploys and runs, its header
/// names a webhook and a visibility, and scripts-samples/README.md lists it with that same visibility.
/// </summary>
public sealed class SampleCatalogTests
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
        var header = TemplateHeader.Parse(SourceOf(sample), out var error);

        Assert.True(header is not null, $"{sample}: {error}");
        Assert.NotEmpty(header.Description);
        Assert.NotEmpty(header.PointAtIt);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Readme_ListsTheSampleWithTheVisibilityItsHeaderNames(string sample)
    {
        var visibility = TemplateHeader.Parse(SourceOf(sample), out _)!.Visibility;
        var readme = File.ReadAllText(Path.Combine(Folder, "README.md"));

        Assert.Contains($"| [`{sample}`]({sample}.csx) |", readme, StringComparison.Ordinal);
        Assert.Contains($"| `{sample}` | `jq -Rs '{{source: ., visibility: \"{visibility}\"}}' {sample}.csx \\| curl -X PUT \"$HOST/api/services/$SERVICE/functions/{sample}\"", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Readme_ListsEveryVariableTheHeaderNames(string sample)
    {
        var header = TemplateHeader.Parse(SourceOf(sample), out _)!;
        var row = File.ReadLines(Path.Combine(Folder, "README.md")).Single(line => line.StartsWith($"| [`{sample}`]", StringComparison.Ordinal));

        Assert.NotEmpty(header.Variables);
        Assert.All(header.Variables, variable => Assert.Contains($"`{variable}`", row, StringComparison.Ordinal));
    }

    private static string SourceOf(string sample) => File.ReadAllText(Path.Combine(Folder, sample + ".csx"));
}
