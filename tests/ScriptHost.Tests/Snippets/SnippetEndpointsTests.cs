using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Snippets;

public sealed class SnippetEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    [Fact]
    public async Task Run_Snippet_ReturnsStatusContentTypeBodyLogsAndDuration()
    {
        using var service = await factory.CreateServiceAsync();
        await service.SetVariableAsync("GREETING", "hey");

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/run", new
        {
            source = "Log.Info(\"ran with \" + Event[\"who\"]);\nreturn Context.Env[\"GREETING\"] + \" \" + Event[\"who\"];",
            @event = new Dictionary<string, string> { ["who"] = "ada" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, run.GetProperty("status").GetInt32());
        Assert.Equal("text/plain; charset=utf-8", run.GetProperty("contentType").GetString());
        Assert.Equal("hey ada", run.GetProperty("body").GetString());
        Assert.Equal("ran with ada", Assert.Single(run.GetProperty("logs").EnumerateArray()).GetProperty("message").GetString());
        Assert.True(run.GetProperty("durationMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Run_SnippetThatThrows_ReportsStatus500AndTheMessage()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/run", new { source = "throw new ArgumentException(\"bad input\");" });

        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(500, run.GetProperty("status").GetInt32());
        Assert.Contains("bad input", run.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CompileError_Returns422WithErrors()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/run", new { source = "return undefinedThing;" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("CS0103", error.GetProperty("id").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Run_MissingSource_Returns400Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/run", new { });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Run_Snippet_IsNotStoredAsAFunction()
    {
        using var service = await factory.CreateServiceAsync();

        await service.Client.PostAsJsonAsync($"{service.Api}/run", new { source = "return 1;" });

        Assert.Empty((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions")).EnumerateArray());
    }
}
