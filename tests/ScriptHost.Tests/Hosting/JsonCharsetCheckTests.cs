using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Hosting;

/// <summary>
/// A JSON body that declares a charset the runtime cannot decode is refused with 415 on every management route that
/// reads JSON, before anything is stored; a body in a charset it can decode is read by it.
/// </summary>
public sealed class JsonCharsetCheckTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    public static TheoryData<string, string, string> JsonRoutes => new()
    {
        { "PUT", "settings", """{"egressAllowedHosts":["api.example.com"]}""" },
        { "PATCH", "settings", """{"egressAllowedHosts":["api.example.com"]}""" },
        { "PUT", "functions/new", """{"source":"return 1;"}""" },
        { "PUT", "environment/NEW_VARIABLE", """{"value":"v"}""" },
        { "POST", "run", """{"source":"return 1;"}""" },
    };

    [Theory]
    [MemberData(nameof(JsonRoutes))]
    public async Task ServiceRoute_UnknownCharset_Returns415ProblemAndStoresNothing(string method, string route, string json)
    {
        using var service = await factory.CreateServiceAsync();
        var before = await SnapshotAsync(service);

        foreach (var charset in new[] { "utf-99", "windows-1252", "\"\"" })
        {
            using var response = await service.Client.SendAsync(Json(new HttpMethod(method), $"{service.Api}/{route}", json, $"application/json; charset={charset}"));

            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        }

        Assert.Equal(before, await SnapshotAsync(service));
    }

    [Fact]
    public async Task CreateService_UnknownCharset_Returns415ProblemAndCreatesNothing()
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.SendAsync(Json(HttpMethod.Post, "/api/services", """{"name":"charset-test"}""", "application/json; charset=utf-99"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        var services = await admin.GetFromJsonAsync<JsonElement>("/api/services");
        Assert.DoesNotContain(services.EnumerateArray(), s => s.GetProperty("name").GetString() == "charset-test");
    }

    [Fact]
    public async Task Deploy_KnownCharset_IsDecodedByIt()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.SendAsync(Json(HttpMethod.Put, $"{service.Api}/functions/greet", """{"source":"return \"Zoë\";"}""", "application/json; charset=iso-8859-1", Encoding.Latin1));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Zoë", await factory.CreateAnonymousClient().GetStringAsync($"/{service.Name}/greet"));
    }

    [Fact]
    public async Task AssetUpload_UnknownCharset_IsStoredAsRawBytes()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.SendAsync(Json(HttpMethod.Put, $"{service.Api}/assets/data.json", """{"a":1}""", "application/json; charset=utf-99"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string> SnapshotAsync(TestService service) => string.Join(
        '\n',
        await service.Client.GetStringAsync($"{service.Api}/settings"),
        await service.Client.GetStringAsync($"{service.Api}/functions"),
        await service.Client.GetStringAsync($"{service.Api}/environment"));

    private static HttpRequestMessage Json(HttpMethod method, string path, string json, string contentType, Encoding? encoding = null)
    {
        var content = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(method, path) { Content = content };
    }
}
