using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Security;

/// <summary><c>GET /api/caller</c>: what the presented key is, so a client signed in with a bare key knows where it lands.</summary>
public sealed class CallerEndpointsTests
{
    [Fact]
    public async Task GetCaller_AdminKey_AnswersAdminAndNoService()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var admin = server.CreateAdminClient();

        var caller = await admin.GetFromJsonAsync<JsonElement>("/api/caller");

        Assert.True(caller.GetProperty("admin").GetBoolean());
        Assert.Equal(JsonValueKind.Null, caller.GetProperty("service").ValueKind);
        Assert.False(caller.GetProperty("rotatedOut").GetBoolean());
    }

    [Fact]
    public async Task GetCaller_ServiceKey_AnswersItsServiceName()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var service = await server.CreateServiceAsync("caller");

        var caller = await service.Client.GetFromJsonAsync<JsonElement>("/api/caller");

        Assert.False(caller.GetProperty("admin").GetBoolean());
        Assert.Equal(service.Name, caller.GetProperty("service").GetString());
        Assert.False(caller.GetProperty("rotatedOut").GetBoolean());
    }

    [Fact]
    public async Task GetCaller_RotatedOutServiceKey_AnswersRotatedOutUntilTheGraceEnds()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var service = await server.CreateServiceAsync("caller");
        using (var rotate = await service.Client.PostAsync($"{service.Api}/keys/rotate", content: null))
        {
            Assert.Equal(HttpStatusCode.OK, rotate.StatusCode);
        }

        var caller = await service.Client.GetFromJsonAsync<JsonElement>("/api/caller");

        Assert.Equal(service.Name, caller.GetProperty("service").GetString());
        Assert.True(caller.GetProperty("rotatedOut").GetBoolean());
        server.Clock.Advance(TimeSpan.FromHours(1));
        await ProblemAssert.IsProblemAsync(await service.Client.GetAsync("/api/caller"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetCaller_NoKeyOrUnknownKey_Returns401Problem()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var anonymous = server.CreateAnonymousClient();
        using var wrong = server.CreateClientWithKey("svc_not-a-key-this-server-gave-out");

        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/caller"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await wrong.GetAsync("/api/caller"), HttpStatusCode.Unauthorized);
    }
}
