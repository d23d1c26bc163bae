using System.Net;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Invocation;

/// <summary>
/// Rendering a result — and reading a script's exception — runs the script's own code and can produce any amount of
/// output; both happen inside the invocation, so they end with its limits and the host answers on time.
/// </summary>
public sealed class ResultRenderingLimitTests(SmallResponseLimitFactory factory) : IClassFixture<SmallResponseLimitFactory>
{
    // 100,000 references to one list of 10,000 numbers: about 5 GB of JSON from well under a megabyte of objects.
    private const string RepeatedGraph = """
        var numbers = new List<int>();
        for (var i = 0; i < 10_000; i++) numbers.Add(i);
        var graph = new List<List<int>>();
        for (var i = 0; i < 100_000; i++) graph.Add(numbers);

        """;

    // Forty levels, each holding the level below twice: 2^40 messages from 41 objects.
    private const string TwimlDag = """
        var level = new MessagingResponse().Message("hello");
        for (var i = 0; i < 40; i++)
        {
            var next = new MessagingResponse();
            next.Append(level).Append(level);
            level = next;
        }

        """;

    // A document that holds itself.
    private const string TwimlCycle = """
        var response = new VoiceResponse();
        response.Say("again");
        response.Append(response);

        """;

    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Theory]
    [InlineData(RepeatedGraph + "return graph;")]
    [InlineData(RepeatedGraph + "return new Response().SetBody(graph);")]
    [InlineData(RepeatedGraph + "return Json.Serialize(graph).Length;")]
    [InlineData("IEnumerable<int> Forever() { while (true) yield return 1; }\nreturn Forever();")]
    public async Task Invoke_OutputThatGrowsWithoutBound_Answers500OutputLimitWhileWriting(string source)
    {
        using var service = await factory.CreateServiceAsync("render");
        await service.DeployAsync("/f", source, timeoutMs: 30_000);

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/f"), HttpStatusCode.InternalServerError);

        Assert.Equal("Output limit exceeded", problem.GetProperty("title").GetString());
        Assert.Equal("OutputLimitExceeded", problem.GetProperty("errorType").GetString());
        await AssertStillServesAsync(service);
    }

    // The Twilio library renders TwiML whole, without a bound; the host renders a result, and a script's own
    // ToString, through its bounded writer (TwimlText, TwimlCalls).
    [Theory]
    [InlineData(TwimlDag + "return level;")]
    [InlineData(TwimlDag + "return level.ToString().Length;")]
    public async Task Invoke_TwimlThatGrowsWithoutBound_Answers500OutputLimitWhileWriting(string source)
    {
        using var service = await factory.CreateServiceAsync("render");
        await service.DeployAsync("/f", source, timeoutMs: 30_000);

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/f"), HttpStatusCode.InternalServerError);

        Assert.Equal("OutputLimitExceeded", problem.GetProperty("errorType").GetString());
        await AssertStillServesAsync(service);
    }

    // Rendered by the library, an element holding itself recurses until the stack is gone, which ends the process
    // (the host's, or the worker's); the host's writer refuses it before writing.
    [Theory]
    [InlineData(TwimlCycle + "return response;")]
    [InlineData(TwimlCycle + "return response.ToString();")]
    public async Task Invoke_TwimlThatContainsItself_Answers500FunctionErrorInsteadOfRecursing(string source)
    {
        using var service = await factory.CreateServiceAsync("render");
        await service.DeployAsync("/f", source);

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/f"), HttpStatusCode.InternalServerError);

        Assert.Equal("Function error", problem.GetProperty("title").GetString());
        Assert.Contains("a <Response> element contains itself", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertStillServesAsync(service);
    }

    [Fact]
    public async Task Invoke_ResultWithAGetterThatLoops_Answers504AtTheTimeLimit()
    {
        using var service = await factory.CreateServiceAsync("render");
        await service.DeployAsync("/f", "class Looping { public int Value { get { var n = 0; while (true) n++; } } }\nreturn new Looping();", timeoutMs: 1000);

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/f"), HttpStatusCode.GatewayTimeout);

        Assert.Equal("TimeLimitExceeded", problem.GetProperty("errorType").GetString());
        await AssertStillServesAsync(service);
    }

    [Fact]
    public async Task Invoke_ExceptionWhoseMessageThrows_Answers500WithTheTypeNameAndAFixedText()
    {
        using var service = await factory.CreateServiceAsync("render");
        await service.DeployAsync("/f", """
            class HostileException : Exception
            {
                public override string Message => throw new InvalidOperationException("no message for you");
            }

            throw new HostileException();
            """);

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/f"), HttpStatusCode.InternalServerError);

        Assert.Equal("Function error", problem.GetProperty("title").GetString());
        Assert.EndsWith("+HostileException", problem.GetProperty("errorType").GetString(), StringComparison.Ordinal);
        Assert.Contains("HostileException (the exception's message could not be read)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, problem.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Invoke_ExceptionWhoseMessageLoops_IsAnsweredAtTheTimeLimit()
    {
        using var service = await factory.CreateServiceAsync("render");
        await service.DeployAsync(
            "/f",
            "class EndlessException : Exception { public override string Message { get { var n = 0; while (true) n++; } } }\nthrow new EndlessException();",
            timeoutMs: 1000);

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/f"), HttpStatusCode.GatewayTimeout);

        Assert.Equal("TimeLimitExceeded", problem.GetProperty("errorType").GetString());
        await AssertStillServesAsync(service);
    }

    [Fact]
    public async Task Invoke_ResponseWhoseBodyIsItself_Answers500FunctionErrorInsteadOfRecursing()
    {
        using var service = await factory.CreateServiceAsync("render");
        await service.DeployAsync("/f", "var response = new Response();\nresponse.SetBody(response);\nreturn response;");

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/f"), HttpStatusCode.InternalServerError);

        Assert.Equal("Function error", problem.GetProperty("title").GetString());
    }

    private async Task AssertStillServesAsync(TestService service)
    {
        await service.DeployAsync("/ok", "return \"ok\";");
        Assert.Equal("ok", await _caller.GetStringAsync($"/{service.Name}/ok"));
    }
}
