using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScriptHost.Storage;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Usage;

public sealed class UsageEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private static string ThisMonth => DateTimeOffset.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Usage_AfterInvocations_CountsEachOneExactlyPerFunction()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/a", "return \"a\";");
        await service.DeployAsync("/b", "throw new Exception(\"b fails\");");
        await service.DeployAsync("/helper", "return \"h\";", visibility: "private");
        await service.DeployAsync("/calls-helper", "return (await Functions.InvokeAsync(\"/helper\")).Body;");
        using var caller = factory.CreateAnonymousClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync($"/{service.Name}/a")).StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.InternalServerError, (await caller.PostAsync($"/{service.Name}/b", null)).StatusCode);
        }

        Assert.Equal("h", await caller.GetStringAsync($"/{service.Name}/calls-helper"));
        await caller.GetAsync($"/{service.Name}/not-a-function");

        var usage = await Eventually.MatchesAsync(
            () => GetUsageAsync(service, ThisMonth), u => u.GetProperty("invocations").GetInt64() >= 9, "9 counted invocations");

        Assert.Equal(9, usage.GetProperty("invocations").GetInt64());
        var byFunction = usage.GetProperty("functions").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("invocations").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["/a"] = 4, ["/b"] = 3, ["/calls-helper"] = 1, ["/helper"] = 1 }, byFunction);
        Assert.Equal(ThisMonth, usage.GetProperty("month").GetString());
        Assert.Equal(10_000, usage.GetProperty("freeInvocations").GetInt64());
        Assert.Equal(0, usage.GetProperty("billableInvocations").GetInt64());
        Assert.Equal(0m, usage.GetProperty("chargeUsd").GetDecimal());
    }

    [Fact]
    public async Task Usage_BeyondFreeTier_ChargesTenThousandthOfADollarEach()
    {
        using var service = await factory.CreateServiceAsync();
        var journal = factory.Services.GetRequiredService<IScriptHostStore>().Journal;
        for (var i = 0; i < 10_250; i++)
        {
            journal.CountInvocation(service.Name, "/busy", DateTimeOffset.UtcNow);
        }

        var usage = await Eventually.MatchesAsync(
            () => GetUsageAsync(service, ThisMonth), u => u.GetProperty("invocations").GetInt64() >= 10_250, "10,250 counted invocations");

        Assert.Equal(10_250, usage.GetProperty("invocations").GetInt64());
        Assert.Equal(250, usage.GetProperty("billableInvocations").GetInt64());
        Assert.Equal(0.025m, usage.GetProperty("chargeUsd").GetDecimal());
    }

    [Fact]
    public async Task Usage_MonthWithoutInvocations_IsZero()
    {
        using var service = await factory.CreateServiceAsync();

        var usage = await GetUsageAsync(service, "2020-01");

        Assert.Equal(0, usage.GetProperty("invocations").GetInt64());
        Assert.Empty(usage.GetProperty("functions").EnumerateArray());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-1")]
    [InlineData("last-month")]
    public async Task Usage_InvalidMonth_Returns400Problem(string month)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.GetAsync($"{service.Api}/usage?month={month}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement> GetUsageAsync(TestService service, string month) =>
        await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/usage?month={month}");
}
