using Xunit.Abstractions;

namespace ScriptHost.FunctionApi.Tests.Prism;

internal static class PrismAssert
{
    /// <summary>Every request the client sent passed Prism's validation against its spec (2xx, no violations).</summary>
    public static void AllValidated(PrismOutboundHttp http, ITestOutputHelper output, int expectedRequests)
    {
        Assert.Equal(expectedRequests, http.Exchanges.Count);
        foreach (var exchange in http.Exchanges)
        {
            output.WriteLine($"{exchange.Request.Method} {exchange.Request.Url} {exchange.SentBody} -> {exchange.Spec}: {exchange.Status}");
            Assert.True(
                exchange.Status is >= 200 and < 300 && exchange.Violations is null,
                $"Prism ({exchange.Spec}) refused {exchange.Request.Method} {exchange.Request.Url} ({exchange.SentBody}): {exchange.Status} {exchange.Violations} {exchange.Body}");
        }
    }
}
