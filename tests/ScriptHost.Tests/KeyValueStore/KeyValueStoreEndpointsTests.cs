using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.KeyValueStore;

/// <summary>
/// <c>/api/services/{s}/store</c>: the key-value store a service's functions use, listed, read, written and deleted
/// from outside, with any text key round-tripping through the query string.
/// </summary>
public sealed class KeyValueStoreEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    public static TheoryData<string> AwkwardKeys => ["a/b/c", "100% sure", "with spaces  and + plus", "emoji 🎉 ✓", "?key=&x#frag", "/leading/slash/"];

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task PutThenGet_AwkwardKey_RoundTripsAndTheFunctionSeesIt(string key)
    {
        using var service = await factory.CreateServiceAsync("kv");
        await service.DeployAsync("/kv", TestScripts.Read("key-value"));

        using var put = await service.Client.PutAsJsonAsync(EntryUrl(service, key), new { value = "v:" + key });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var entry = await service.Client.GetFromJsonAsync<JsonElement>(EntryUrl(service, key));
        Assert.Equal(key, entry.GetProperty("key").GetString());
        Assert.Equal("v:" + key, entry.GetProperty("value").GetString());
        using var anonymous = factory.CreateAnonymousClient();
        Assert.Equal("v:" + key, await anonymous.GetStringAsync($"/{service.Name}/kv?op=get&key={Uri.EscapeDataString(key)}"));
        var listed = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/store");
        Assert.Equal([key], listed.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task List_Prefix_AnswersMatchingKeysInOrderWithUsageAndMore()
    {
        using var service = await factory.CreateServiceAsync("kv");
        foreach (var key in new[] { "user/2", "user/1", "user/3", "other" })
        {
            using var put = await service.Client.PutAsJsonAsync(EntryUrl(service, key), new { value = "12345" });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var page = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/store?prefix=user%2F&limit=2");

        Assert.Equal(["user/1", "user/2"], page.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.True(page.GetProperty("more").GetBoolean());
        Assert.Equal(4, page.GetProperty("usage").GetProperty("entries").GetInt32());
        Assert.Equal(6 + 6 + 6 + 5 + (4 * 5), page.GetProperty("usage").GetProperty("totalBytes").GetInt64());
        var all = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/store?prefix=user%2F");
        Assert.False(all.GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task Delete_SetByAFunction_RemovesItAndThenAnswers404()
    {
        using var service = await factory.CreateServiceAsync("kv");
        await service.DeployAsync("/kv", TestScripts.Read("key-value"));
        using var anonymous = factory.CreateAnonymousClient();
        Assert.Equal("ok", await anonymous.GetStringAsync($"/{service.Name}/kv?op=set&key=counter&value=7"));
        Assert.Equal("7", (await service.Client.GetFromJsonAsync<JsonElement>(EntryUrl(service, "counter"))).GetProperty("value").GetString());

        using var deleted = await service.Client.DeleteAsync(EntryUrl(service, "counter"));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("(missing)", await anonymous.GetStringAsync($"/{service.Name}/kv?op=get&key=counter"));
        await ProblemAssert.IsProblemAsync(await service.Client.DeleteAsync(EntryUrl(service, "counter")), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await service.Client.GetAsync(EntryUrl(service, "counter")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_QuotaFull_Returns409AndWritesNothing()
    {
        using var service = await factory.CreateServiceAsync("kv");
        using var admin = factory.CreateAdminClient();
        using (var settings = await admin.PatchAsJsonAsync($"{service.Api}/settings", new { keyValueMaxEntries = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        }

        using (var first = await service.Client.PutAsJsonAsync(EntryUrl(service, "one"), new { value = "1" }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await service.Client.PutAsJsonAsync(EntryUrl(service, "two"), new { value = "2" });

        var problem = await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Contains("quota", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await service.Client.GetAsync(EntryUrl(service, "two")), HttpStatusCode.NotFound);
        using var replace = await service.Client.PutAsJsonAsync(EntryUrl(service, "one"), new { value = "one again" });
        Assert.Equal(HttpStatusCode.OK, replace.StatusCode);
    }

    [Theory]
    [InlineData("", """{"value":"v"}""", "key")]
    [InlineData("?key=", """{"value":"v"}""", "key")]
    [InlineData("?key=%01control", """{"value":"v"}""", "key")]
    [InlineData("?key=ok", """{}""", "value")]
    [InlineData("?key=ok", """{"value":null}""", "value")]
    public async Task Put_InvalidKeyOrValue_Returns400NamingTheField(string query, string body, string field)
    {
        using var service = await factory.CreateServiceAsync("kv");

        using var response = await service.Client.PutAsync($"{service.Api}/store/entry{query}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, (await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/store")).GetProperty("usage").GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task Put_ValueOverTheEntrySize_Returns400NamingValue()
    {
        using var service = await factory.CreateServiceAsync("kv");

        using var response = await service.Client.PutAsJsonAsync(EntryUrl(service, "big"), new { value = new string('x', 65 * 1024) });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("value", out _), problem.ToString());
    }

    [Fact]
    public async Task Store_AnotherServicesKey_Returns404AndLeavesItsEntries()
    {
        using var owner = await factory.CreateServiceAsync("kv");
        using var other = await factory.CreateServiceAsync("kv");
        using (var put = await owner.Client.PutAsJsonAsync(EntryUrl(owner, "secret"), new { value = "mine" }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await ProblemAssert.IsProblemAsync(await other.Client.GetAsync($"{owner.Api}/store"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await other.Client.GetAsync(EntryUrl(owner, "secret")), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await other.Client.PutAsJsonAsync(EntryUrl(owner, "secret"), new { value = "theirs" }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await other.Client.DeleteAsync(EntryUrl(owner, "secret")), HttpStatusCode.NotFound);
        using var anonymous = factory.CreateAnonymousClient();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"{owner.Api}/store"), HttpStatusCode.Unauthorized);

        Assert.Equal("mine", (await owner.Client.GetFromJsonAsync<JsonElement>(EntryUrl(owner, "secret"))).GetProperty("value").GetString());
    }

    [Fact]
    public async Task List_LimitOutOfRange_Returns400NamingLimit()
    {
        using var service = await factory.CreateServiceAsync("kv");

        var problem = await ProblemAssert.IsProblemAsync(await service.Client.GetAsync($"{service.Api}/store?limit=0"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _), problem.ToString());
    }

    private static string EntryUrl(TestService service, string key) => $"{service.Api}/store/entry?key={Uri.EscapeDataString(key)}";
}
