using ScriptHost.Api.Client.Tests.Support;

namespace ScriptHost.Api.Client.Tests;

[Collection(ServerCollection.Name)]
public sealed class ScriptHostClientVariablesTests(ServerFixture fixture)
{
    [Fact]
    public async Task ServiceVariables_SetListDelete_RedactsSecretsAndForgetsDeletedOnes()
    {
        var (service, client) = await fixture.NewServiceAsync("variables");
        using var _ = client;

        var set = await client.SetServiceVariableAsync(service, "GREETING", "hello");
        await client.SetServiceVariableAsync(service, "API_TOKEN", "s3cret", secret: true);
        var listed = await client.ListServiceVariablesAsync(service);
        await client.DeleteServiceVariableAsync(service, "GREETING");

        Assert.Equal(("GREETING", false), (set.Name, set.Secret));
        Assert.Equal("hello", Assert.Single(listed, variable => variable.Name == "GREETING").Value);
        var secret = Assert.Single(listed, variable => variable.Name == "API_TOKEN");
        Assert.True(secret.Secret);
        Assert.Null(secret.Value);
        Assert.DoesNotContain(await client.ListServiceVariablesAsync(service), variable => variable.Name == "GREETING");
    }

    [Fact]
    public async Task EnvironmentVariables_Effective_MergesTheEnvironmentsOverTheDefaults()
    {
        var (service, client) = await fixture.NewServiceAsync("scoped");
        using var _ = client;
        await client.CreateEnvironmentAsync(service, "dev");
        await client.SetServiceVariableAsync(service, "GREETING", "hello");
        await client.SetServiceVariableAsync(service, "COLOUR", "blue");

        await client.SetEnvironmentVariableAsync(service, "dev", "GREETING", "hi from dev");
        var own = await client.ListEnvironmentVariablesAsync(service, "dev");
        var effective = await client.ListEnvironmentVariablesAsync(service, "dev", effective: true);
        await client.DeleteEnvironmentVariableAsync(service, "dev", "GREETING");

        Assert.Equal("hi from dev", Assert.Single(own).Value);
        Assert.Equal("hi from dev", Assert.Single(effective, variable => variable.Name == "GREETING").Value);
        Assert.Equal("blue", Assert.Single(effective, variable => variable.Name == "COLOUR").Value);
        Assert.Empty(await client.ListEnvironmentVariablesAsync(service, "dev"));
    }
}
