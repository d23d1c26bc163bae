using System.Net;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Invocation;

/// <summary>
/// A limit that trips inside a function's static constructor must not break the function for later calls: the host
/// discards that load, and the next call runs a fresh one.
/// </summary>
public sealed class StaticConstructorLimitTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    // The static constructor runs away when the first call asks it to (?mode=spin) and finishes when a later one does not.
    private const string Source = """
        class Gate { public static bool RunAway; }
        class Slow
        {
            public static int Value;
            static Slow()
            {
                while (Gate.RunAway) { }
                Value = 42;
            }
        }

        Gate.RunAway = Event["mode"] == "spin";
        return Slow.Value.ToString();
        """;

    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Invoke_TimeLimitInsideAStaticConstructor_Answers504AndTheNextCallRunsAFreshLoad()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/slow-init", Source, timeoutMs: 500);

        await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/slow-init?mode=spin"), HttpStatusCode.GatewayTimeout);
        using var next = await _caller.GetAsync($"/{service.Name}/slow-init");

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("42", await next.Content.ReadAsStringAsync());
    }
}
