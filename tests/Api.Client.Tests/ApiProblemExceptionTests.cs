using System.Net;
using ScriptHost.Api.Client.Tests.Support;
using ScriptHost.Api.Contracts.Builds;

namespace ScriptHost.Api.Client.Tests;

/// <summary>Refusals of the real server, read as their problems.</summary>
[Collection(ServerCollection.Name)]
public sealed class ApiProblemExceptionTests(ServerFixture fixture)
{
    [Fact]
    public async Task From_WrongKey_Is401OnOneLine()
    {
        using var client = new ScriptHostClient(fixture.Server.BaseAddress, "not-a-key-of-this-server-0123456789");

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => client.GetCallerAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, problem.Status);
        Assert.StartsWith("401 ", problem.OneLine, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.OneLine);
        Assert.Contains("\"status\":401", problem.Body.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_UnknownEnvironment_Is404NamingIt()
    {
        var (service, client) = await fixture.NewServiceAsync("missing");
        using var _ = client;

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => client.GetEnvironmentAsync(service, "nowhere"));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains("nowhere", problem.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_InvalidBundle_Is400WithErrorsByField()
    {
        var (service, client) = await fixture.NewServiceAsync("invalid");
        using var _ = client;
        var bundle = new BundleRequest([new BundleFunction("hello", Source: null, "public", null, null)], null, null);

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => client.CreateBuildAsync(service, bundle));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("Invalid bundle", problem.Title);
        Assert.Contains("functions[0]", problem.Errors.Keys.Single(), StringComparison.Ordinal);
        Assert.Contains("400 Invalid bundle: ", problem.OneLine, StringComparison.Ordinal);
        Assert.Contains("functions[0]", problem.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_SnippetThatDoesNotCompile_Is422WithTheErrorAtItsLine()
    {
        var (service, client) = await fixture.NewServiceAsync("snippet");
        using var _ = client;

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => client.RunSnippetAsync(service, "var x = 1;\nreturn y;"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, problem.Status);
        Assert.StartsWith("2:", Assert.Single(problem.Errors.Keys), StringComparison.Ordinal);
        Assert.Contains("CS0103", problem.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunSnippet_ValidSource_AnswersItsBodyAndLogs()
    {
        var (service, client) = await fixture.NewServiceAsync("runs");
        using var _ = client;

        var run = await client.RunSnippetAsync(
            service, "Log.Info(\"ran\");\nreturn \"hello \" + Event.Get(\"name\");", new Dictionary<string, string> { ["name"] = "snippet" });

        Assert.Equal((200, "hello snippet"), (run.Status, run.Body));
        Assert.Equal("ran", Assert.Single(run.Logs).Message);
    }

    [Fact]
    public void From_NotAProblemDocument_KeepsStatusAndBody()
    {
        var problem = ApiProblemException.From(HttpStatusCode.BadGateway, "Bad Gateway", "<html>upstream down</html>");

        Assert.Equal("502 Bad Gateway: <html>upstream down</html>", problem.OneLine);
        Assert.Empty(problem.Errors);
    }
}
