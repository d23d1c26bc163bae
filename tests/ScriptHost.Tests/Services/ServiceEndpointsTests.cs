using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Storage.Validation;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Services;

public sealed class ServiceEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    [Fact]
    public async Task Create_AdminKey_Returns201WithNameAndKey()
    {
        using var admin = factory.CreateAdminClient();
        var name = Unique("create");

        using var response = await admin.PostAsJsonAsync("/api/services", new { name });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/services/{name}", response.Headers.Location?.OriginalString);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.StartsWith("svc_", body.GetProperty("apiKey").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NoKey_Returns401Problem()
    {
        using var anonymous = factory.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync("/api/services", new { name = Unique("nokey") });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Create_WrongKey_Returns401Problem()
    {
        using var client = factory.CreateClientWithKey("not-the-admin-key-at-all");

        using var response = await client.PostAsJsonAsync("/api/services", new { name = Unique("wrongkey") });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Create_ServiceKeyInsteadOfAdminKey_Returns403Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PostAsJsonAsync("/api/services", new { name = Unique("bytenant") });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Create_AdminKeyWithBasicScheme_Returns401Problem()
    {
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Basic", ScriptHostFactory.AdminKey);

        using var response = await client.PostAsJsonAsync("/api/services", new { name = Unique("basic") });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Create_UnsupportedMethod_Returns405Problem()
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.PatchAsync("/api/services", JsonContent.Create(new { name = "x" }));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Create_AfterDeletingSameName_StartsEmptyWithANewKey()
    {
        using var old = await factory.CreateServiceAsync("reborn");
        await old.DeployAsync("/f", "return \"old\";");
        using var admin = factory.CreateAdminClient();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(old.Api)).StatusCode);

        using var created = await admin.PostAsJsonAsync("/api/services", new { name = old.Name });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var newKey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
        Assert.NotEqual(old.ApiKey, newKey);
        await ProblemAssert.IsProblemAsync(await factory.CreateAnonymousClient().GetAsync($"/{old.Name}/f"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await old.Client.GetAsync($"{old.Api}/functions"), HttpStatusCode.Unauthorized);
        using var renewed = factory.CreateClientWithKey(newKey);
        Assert.Empty((await renewed.GetFromJsonAsync<JsonElement>($"{old.Api}/functions")).EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("has space")]
    [InlineData("-leading-hyphen")]
    [InlineData("dots.not.allowed")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public async Task Create_BadName_Returns400Problem(string name)
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.PostAsJsonAsync("/api/services", new { name });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    /// <summary>The API and the store apply one rule (<see cref="ServiceName"/>): the API accepts a name exactly when the store does.</summary>
    [Theory]
    [InlineData("-leading")]
    [InlineData("-")]
    [InlineData("rule-trailing-")]
    [InlineData("rule--double")]
    [InlineData("9rule")]
    [InlineData("Rule-upper")]
    public async Task Create_Name_AcceptedExactlyWhenTheStoreRuleAcceptsIt(string name)
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.PostAsJsonAsync("/api/services", new { name });

        if (ServiceName.IsValid(name))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        else
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains(ServiceName.Rule, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Create_MissingName_Returns400Problem()
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.PostAsJsonAsync("/api/services", new { });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("health")]
    [InlineData("openapi")]
    [InlineData("console")]
    [InlineData("metrics")]
    public async Task Create_ReservedName_Returns400Problem(string name)
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.PostAsJsonAsync("/api/services", new { name });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("reserved", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DuplicateName_Returns409Problem()
    {
        using var service = await factory.CreateServiceAsync();
        using var admin = factory.CreateAdminClient();

        using var response = await admin.PostAsJsonAsync("/api/services", new { name = service.Name });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task List_AdminKey_IncludesCreatedServiceWithFunctionCount()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/one", "return 1;");
        using var admin = factory.CreateAdminClient();

        var services = await admin.GetFromJsonAsync<JsonElement>("/api/services");

        var listed = services.EnumerateArray().Single(s => s.GetProperty("name").GetString() == service.Name);
        Assert.Equal(1, listed.GetProperty("functions").GetInt32());
    }

    [Fact]
    public async Task List_ServiceKey_Returns403Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.GetAsync("/api/services");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Delete_ExistingService_Returns204AndItsFunctionsStopAnswering()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/hello", "return \"hi\";");
        using var admin = factory.CreateAdminClient();
        using var anonymous = factory.CreateAnonymousClient();

        using var deleted = await admin.DeleteAsync($"/api/services/{service.Name}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/{service.Name}/hello"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"{service.Api}/functions"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await service.Client.GetAsync($"{service.Api}/functions"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Delete_UnknownService_Returns404Problem()
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.DeleteAsync($"/api/services/{Unique("never")}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_ServiceKey_Returns403Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.DeleteAsync(service.Api);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
