using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Environment;

public sealed class EnvironmentEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    [Fact]
    public async Task Set_Variable_AppliesToTheNextInvocationWithoutRedeploy()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/env", "return Context.Env.TryGetValue(\"GREETING\", out var g) ? g : \"(unset)\";");
        using var anonymous = factory.CreateAnonymousClient();
        Assert.Equal("(unset)", await anonymous.GetStringAsync($"/{service.Name}/env"));

        await service.SetVariableAsync("GREETING", "hello");
        Assert.Equal("hello", await anonymous.GetStringAsync($"/{service.Name}/env"));

        await service.SetVariableAsync("GREETING", "bonjour");
        Assert.Equal("bonjour", await anonymous.GetStringAsync($"/{service.Name}/env"));
    }

    [Fact]
    public async Task Delete_Variable_Returns204AndTheNextInvocationNoLongerSeesIt()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/env", "return Context.Env.TryGetValue(\"GREETING\", out var g) ? g : \"(unset)\";");
        await service.SetVariableAsync("GREETING", "hello");

        using var response = await service.Client.DeleteAsync($"{service.Api}/environment/GREETING");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("(unset)", await factory.CreateAnonymousClient().GetStringAsync($"/{service.Name}/env"));
    }

    [Fact]
    public async Task Delete_UnknownVariable_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.DeleteAsync($"{service.Api}/environment/NOPE");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_SecretVariable_IsRedactedButFunctionsSeeIt()
    {
        using var service = await factory.CreateServiceAsync();
        await service.SetVariableAsync("PLAIN", "visible");
        await service.SetVariableAsync("API_TOKEN", "s3cr3t-value", secret: true);
        await service.DeployAsync("/token", "return Context.Env[\"API_TOKEN\"];");

        var listed = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/environment");
        var raw = await service.Client.GetStringAsync($"{service.Api}/environment");

        var byName = listed.EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!);
        Assert.Equal("visible", byName["PLAIN"].GetProperty("value").GetString());
        Assert.False(byName["PLAIN"].GetProperty("secret").GetBoolean());
        Assert.True(byName["API_TOKEN"].GetProperty("secret").GetBoolean());
        Assert.Equal(JsonValueKind.Null, byName["API_TOKEN"].GetProperty("value").ValueKind);
        Assert.DoesNotContain("s3cr3t-value", raw, StringComparison.Ordinal);
        Assert.Equal("s3cr3t-value", await factory.CreateAnonymousClient().GetStringAsync($"/{service.Name}/token"));
    }

    [Fact]
    public async Task Set_SecretVariable_ResponseDoesNotEchoTheValue()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/environment/KEY", new { value = "do-not-echo", secret = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("do-not-echo", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1LEADING_DIGIT")]
    [InlineData("HAS-HYPHEN")]
    [InlineData("has.dot")]
    public async Task Set_InvalidName_Returns400Problem(string name)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/environment/{name}", new { value = "x" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Set_MissingValue_Returns400Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/environment/NAME", new { secret = true });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Set_MalformedJson_Returns400Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsync(
            $"{service.Api}/environment/NAME", new StringContent("{\"value\":", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
