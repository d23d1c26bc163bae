using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Templates;

/// <summary><c>GET /api/templates</c>: every sample of scripts-samples/, as its header describes it, and each deploys as it is.</summary>
public sealed class TemplateEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "scripts-samples");

    [Fact]
    public async Task List_ServiceKey_AnswersEverySampleWithItsHeaderAndSource()
    {
        using var service = await factory.CreateServiceAsync("templates");

        var templates = await service.Client.GetFromJsonAsync<JsonElement[]>("/api/templates");

        Assert.NotNull(templates);
        var expected = Directory.GetFiles(SamplesFolder, "*.csx").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(expected, templates.Select(t => t.GetProperty("name").GetString()));
        foreach (var template in templates)
        {
            var name = template.GetProperty("name").GetString()!;
            Assert.Equal(File.ReadAllText(Path.Combine(SamplesFolder, name + ".csx")), template.GetProperty("source").GetString());
            Assert.Contains(template.GetProperty("visibility").GetString(), new[] { "public", "protected", "private" });
            Assert.False(string.IsNullOrWhiteSpace(template.GetProperty("title").GetString()), name);
            Assert.False(string.IsNullOrWhiteSpace(template.GetProperty("description").GetString()), name);
            Assert.NotEmpty(template.GetProperty("variables").EnumerateArray());
        }

        var smsAutoReply = templates.Single(t => t.GetProperty("name").GetString() == "sms-auto-reply");
        Assert.Equal("protected", smsAutoReply.GetProperty("visibility").GetString());
        Assert.Equal(["TWILIO_AUTH_TOKEN", "BUSINESS_NAME", "OPENING_HOURS", "ADDRESS"], smsAutoReply.GetProperty("variables").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task List_EveryTemplate_DeploysWithTheVisibilityItNames()
    {
        using var service = await factory.CreateServiceAsync("templates");
        var templates = await service.Client.GetFromJsonAsync<JsonElement[]>("/api/templates");

        foreach (var template in templates!)
        {
            var deployed = await service.DeployAsync(template.GetProperty("name").GetString()!, template.GetProperty("source").GetString()!, template.GetProperty("visibility").GetString()!);
            Assert.Equal(1, deployed.GetProperty("version").GetInt32());
        }
    }

    [Fact]
    public async Task List_AdminKey_AnswersTheSameGallery()
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.GetAsync("/api/templates");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task List_NoKey_Returns401Problem()
    {
        using var anonymous = factory.CreateAnonymousClient();

        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/templates"), HttpStatusCode.Unauthorized);
    }
}
