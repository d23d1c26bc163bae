using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Security;

/// <summary>
/// <c>POST /api/services/{s}/keys/rotate</c> and <c>POST /api/admin/key/rotate</c>: the new key works at once, the old
/// one until its grace period ends (on the server's fake clock), only the latest rotated-out key is kept, and all of
/// it survives a restart.
/// </summary>
public sealed class KeyRotationEndpointsTests
{
    private const int DefaultGraceSeconds = 3600;

    [Fact]
    public async Task RotateServiceKey_OwnKey_NewKeyWorksAndOldKeyWorksUntilTheGraceEnds()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var service = await server.CreateServiceAsync("rotate");
        var rotatedAt = server.Clock.GetUtcNow();

        var rotated = await RotateAsync(service.Client, $"{service.Api}/keys/rotate");

        Assert.StartsWith("svc_", rotated.Key, StringComparison.Ordinal);
        Assert.NotEqual(service.ApiKey, rotated.Key);
        Assert.Equal(rotatedAt.AddSeconds(DefaultGraceSeconds), rotated.PreviousKeyValidUntil);
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, rotated.Key, $"{service.Api}/functions"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, service.ApiKey, $"{service.Api}/functions"));

        server.Clock.Advance(TimeSpan.FromSeconds(DefaultGraceSeconds - 1));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, service.ApiKey, $"{service.Api}/functions"));

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(server, service.ApiKey, $"{service.Api}/functions"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, rotated.Key, $"{service.Api}/functions"));
    }

    [Fact]
    public async Task RotateServiceKey_GraceZero_OldKeyStopsAtOnce()
    {
        await using var server = await KeyRotationFactory.CreateAsync(graceSeconds: 0);
        using var service = await server.CreateServiceAsync("rotate");

        var rotated = await RotateAsync(service.Client, $"{service.Api}/keys/rotate");

        Assert.Equal(server.Clock.GetUtcNow(), rotated.PreviousKeyValidUntil);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(server, service.ApiKey, $"{service.Api}/functions"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, rotated.Key, $"{service.Api}/functions"));
    }

    [Fact]
    public async Task RotateServiceKey_AdminKey_RotatesThatServicesKey()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var service = await server.CreateServiceAsync("rotate");
        using var admin = server.CreateAdminClient();

        var rotated = await RotateAsync(admin, $"{service.Api}/keys/rotate");

        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, rotated.Key, $"{service.Api}/functions"));
        server.Clock.Advance(TimeSpan.FromSeconds(DefaultGraceSeconds));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(server, service.ApiKey, $"{service.Api}/functions"));
    }

    [Fact]
    public async Task RotateServiceKey_AnotherServicesKey_Returns404AndChangesNoKey()
    {
        await using var server = await KeyRotationFactory.CreateAsync(graceSeconds: 0);
        using var target = await server.CreateServiceAsync("target");
        using var other = await server.CreateServiceAsync("other");

        using var response = await other.Client.PostAsync($"{target.Api}/keys/rotate", content: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, target.ApiKey, $"{target.Api}/functions"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, other.ApiKey, $"{other.Api}/functions"));
    }

    [Fact]
    public async Task RotateServiceKey_NoOrBadKey_Returns401Problem()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var service = await server.CreateServiceAsync("rotate");

        using var anonymous = server.CreateAnonymousClient();
        await ProblemAssert.IsProblemAsync(await anonymous.PostAsync($"{service.Api}/keys/rotate", null), HttpStatusCode.Unauthorized);
        using var wrong = server.CreateClientWithKey("svc_not-a-key-this-server-gave-out");
        await ProblemAssert.IsProblemAsync(await wrong.PostAsync($"{service.Api}/keys/rotate", null), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, service.ApiKey, $"{service.Api}/functions"));
    }

    [Fact]
    public async Task RotateServiceKey_UnknownService_Returns404Problem()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var admin = server.CreateAdminClient();

        using var response = await admin.PostAsync("/api/services/no-such-service/keys/rotate", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RotateServiceKey_TwiceWithinGrace_OnlyTheLatestRotatedOutKeyStillWorks()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var service = await server.CreateServiceAsync("rotate");

        var first = await RotateAsync(service.Client, $"{service.Api}/keys/rotate");
        using var firstClient = server.CreateClientWithKey(first.Key);
        var second = await RotateAsync(firstClient, $"{service.Api}/keys/rotate");

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(server, service.ApiKey, $"{service.Api}/functions"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, first.Key, $"{service.Api}/functions"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, second.Key, $"{service.Api}/functions"));
    }

    [Fact]
    public async Task RotateServiceKey_WithTheRotatedOutKey_Returns403AndKeepsTheCurrentKey()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var service = await server.CreateServiceAsync("rotate");
        var rotated = await RotateAsync(service.Client, $"{service.Api}/keys/rotate");

        // The old key still works for everything else during its grace period, but a leaked one must not mint the next key.
        using var response = await service.Client.PostAsync($"{service.Api}/keys/rotate", null);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("rotated out", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        server.Clock.Advance(TimeSpan.FromSeconds(DefaultGraceSeconds));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, rotated.Key, $"{service.Api}/functions"));
    }

    [Fact]
    public async Task RotateServiceKey_ServiceDeletedAndCreatedAgain_RotatedOutKeyDoesNotOpenTheNewOne()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var service = await server.CreateServiceAsync("reborn");
        await RotateAsync(service.Client, $"{service.Api}/keys/rotate");
        using var admin = server.CreateAdminClient();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(service.Api)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/services", new { name = service.Name })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(server, service.ApiKey, $"{service.Api}/functions"));
    }

    [Fact]
    public async Task RotateAdminKey_StoredKey_NewKeyWorksAndOldKeyWorksUntilTheGraceEnds()
    {
        await using var server = await KeyRotationFactory.CreateAsync(storedAdminKey: true);
        using var admin = server.CreateClientWithKey(KeyRotationFactory.StoredAdminKey);
        var rotatedAt = server.Clock.GetUtcNow();

        var rotated = await RotateAsync(admin, "/api/admin/key/rotate");

        Assert.StartsWith("admin_", rotated.Key, StringComparison.Ordinal);
        Assert.Equal(rotatedAt.AddSeconds(DefaultGraceSeconds), rotated.PreviousKeyValidUntil);
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, rotated.Key, "/api/services"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, KeyRotationFactory.StoredAdminKey, "/api/services"));

        server.Clock.Advance(TimeSpan.FromSeconds(DefaultGraceSeconds));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(server, KeyRotationFactory.StoredAdminKey, "/api/services"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, rotated.Key, "/api/services"));
    }

    [Fact]
    public async Task RotateAdminKey_WithTheRotatedOutKey_Returns403()
    {
        await using var server = await KeyRotationFactory.CreateAsync(storedAdminKey: true);
        using var admin = server.CreateClientWithKey(KeyRotationFactory.StoredAdminKey);
        var rotated = await RotateAsync(admin, "/api/admin/key/rotate");

        using var response = await admin.PostAsync("/api/admin/key/rotate", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, rotated.Key, "/api/services"));
    }

    [Fact]
    public async Task RotateAdminKey_ConfiguredKey_Returns409ProblemSayingToChangeTheConfiguration()
    {
        await using var server = await KeyRotationFactory.CreateAsync();
        using var admin = server.CreateAdminClient();

        using var response = await admin.PostAsync("/api/admin/key/rotate", null);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("ScriptHost:AdminKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(server, ScriptHostFactory.AdminKey, "/api/services"));
    }

    [Fact]
    public async Task Restart_AfterRotations_KeepsTheNewKeysAndTheOldOnesUntilTheirGraceEnds()
    {
        var first = await KeyRotationFactory.CreateAsync(storedAdminKey: true, keepDatabase: true);
        try
        {
            string serviceApi, oldServiceKey;
            RotatedKey serviceKey, adminKey;
            await using (first)
            {
                using var admin = first.CreateClientWithKey(KeyRotationFactory.StoredAdminKey);
                (serviceApi, oldServiceKey) = await CreateServiceAsync(admin, "restart");
                using var owner = first.CreateClientWithKey(oldServiceKey);
                serviceKey = await RotateAsync(owner, $"{serviceApi}/keys/rotate");
                adminKey = await RotateAsync(admin, "/api/admin/key/rotate");
            }

            await using var restarted = KeyRotationFactory.RestartOf(first);

            Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(restarted, serviceKey.Key, $"{serviceApi}/functions"));
            Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(restarted, oldServiceKey, $"{serviceApi}/functions"));
            Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(restarted, adminKey.Key, "/api/services"));
            Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(restarted, KeyRotationFactory.StoredAdminKey, "/api/services"));

            restarted.Clock.Advance(TimeSpan.FromSeconds(DefaultGraceSeconds));
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(restarted, oldServiceKey, $"{serviceApi}/functions"));
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(restarted, KeyRotationFactory.StoredAdminKey, "/api/services"));
            Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(restarted, serviceKey.Key, $"{serviceApi}/functions"));
            Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(restarted, adminKey.Key, "/api/services"));
        }
        finally
        {
            ScriptHostFactory.TryDeleteDirectory(Path.GetDirectoryName(first.DataPath)!);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(30 * 24 * 3600 + 1)]
    public async Task Start_GraceOutOfRange_FailsNamingTheSetting(int graceSeconds)
    {
        await using var server = await KeyRotationFactory.CreateAsync(graceSeconds: graceSeconds);

        var refused = Assert.Throws<OptionsValidationException>(() => server.CreateClient());

        Assert.Contains("ScriptHost:KeyRotationGraceSeconds must be between 0", refused.Message, StringComparison.Ordinal);
    }

    private sealed record RotatedKey(string Key, DateTimeOffset PreviousKeyValidUntil);

    private static async Task<RotatedKey> RotateAsync(HttpClient client, string url)
    {
        using var response = await client.PostAsync(url, content: null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"rotation answered {(int)response.StatusCode}: {body}");
        var rotated = JsonSerializer.Deserialize<RotatedKey>(body, JsonSerializerOptions.Web);
        Assert.NotNull(rotated);
        return rotated;
    }

    private static async Task<HttpStatusCode> StatusWithKeyAsync(ScriptHostFactory server, string key, string url)
    {
        using var client = server.CreateClientWithKey(key);
        using var response = await client.GetAsync(url);
        return response.StatusCode;
    }

    private static async Task<(string Api, string Key)> CreateServiceAsync(HttpClient admin, string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
        using var response = await admin.PostAsJsonAsync("/api/services", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ($"/api/services/{name}", created.GetProperty("apiKey").GetString()!);
    }
}
