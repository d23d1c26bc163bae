using System.Text.Json;
using ScriptHost.Cli.Tests.Support;
using ScriptHost.TestSupport;

namespace ScriptHost.Cli.Tests.Commands;

public sealed class TemplatesCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    [Fact]
    public async Task Templates_Json_IsOneDocumentListingEverySample()
    {
        var result = await _cli.RunAsync(Directory.GetCurrentDirectory(), "templates", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var names = document.RootElement.EnumerateArray().Select(template => template.GetProperty("name").GetString()).ToList();
        var samples = Directory.GetFiles(Path.Combine(RepositoryLayout.Root, "scripts-samples"), "*.csx").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(samples, names);
        var smsReply = document.RootElement.EnumerateArray().Single(template => template.GetProperty("name").GetString() == "sms-auto-reply");
        Assert.Equal("protected", smsReply.GetProperty("visibility").GetString());
        Assert.Contains("TWILIO_AUTH_TOKEN", smsReply.GetProperty("variables").EnumerateArray().Select(variable => variable.GetString()));
    }

    [Fact]
    public async Task Templates_Table_HasAHeaderRowAndOneRowPerSample()
    {
        var result = await _cli.RunAsync(Directory.GetCurrentDirectory(), "templates");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.TrimEnd().Split('\n');
        Assert.StartsWith("NAME", lines[0], StringComparison.Ordinal);
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryLayout.Root, "scripts-samples"), "*.csx").Length, lines.Length - 1);
    }

    public void Dispose() => _cli.Dispose();
}
