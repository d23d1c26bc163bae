using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Assets;

public sealed class AssetEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    [Fact]
    public async Task Put_PublicAsset_IsServedWithItsBytesAndContentType()
    {
        using var service = await factory.CreateServiceAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF];

        using var put = await PutAsync(service, "img/logo.png", png, "image/png", "public");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        using var served = await factory.CreateAnonymousClient().GetAsync($"/{service.Name}/img/logo.png");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Put_WithoutVisibility_IsPublic()
    {
        using var service = await factory.CreateServiceAsync();

        using var put = await PutAsync(service, "hello.txt", "hi"u8.ToArray(), "text/plain", visibility: null);

        Assert.Equal("public", (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("visibility").GetString());
        Assert.Equal("hi", await factory.CreateAnonymousClient().GetStringAsync($"/{service.Name}/hello.txt"));
    }

    [Fact]
    public async Task Put_PrivateAsset_IsNotServedButFunctionsReadIt()
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, "config/secret.json", """{"pin":"4321"}"""u8.ToArray(), "application/json", "private");
        await service.DeployAsync("/read", TestScripts.Read("read-asset"));
        using var anonymous = factory.CreateAnonymousClient();

        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/{service.Name}/config/secret.json"), HttpStatusCode.NotFound);
        Assert.Equal("""{"pin":"4321"}""", await anonymous.GetStringAsync($"/{service.Name}/read?asset=/config/secret.json"));
        Assert.Equal("""{"pin":"4321"}""", await anonymous.GetStringAsync($"/{service.Name}/read?asset=config/secret.json"));
    }

    [Fact]
    public async Task List_UploadedAssets_DescribesEach()
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, "a.css", "body{}"u8.ToArray(), "text/css", "public");
        await PutAsync(service, "b/data.bin", [1, 2, 3], "application/octet-stream", "private");

        var assets = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets");

        var byPath = assets.EnumerateArray().ToDictionary(a => a.GetProperty("path").GetString()!);
        Assert.Equal(["/a.css", "/b/data.bin"], byPath.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("text/css", byPath["/a.css"].GetProperty("contentType").GetString());
        Assert.Equal("private", byPath["/b/data.bin"].GetProperty("visibility").GetString());
        Assert.Equal(3, byPath["/b/data.bin"].GetProperty("length").GetInt64());
    }

    [Fact]
    public async Task Delete_Asset_Returns204AndStopsServingIt()
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, "gone.txt", "x"u8.ToArray(), "text/plain", "public");

        using var deleted = await service.Client.DeleteAsync($"{service.Api}/assets/gone.txt");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(await factory.CreateAnonymousClient().GetAsync($"/{service.Name}/gone.txt"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await service.Client.DeleteAsync($"{service.Api}/assets/gone.txt"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_AssetOverTheManagementBodyLimit_IsAccepted()
    {
        using var service = await factory.CreateServiceAsync();
        var large = new byte[3 * 1024 * 1024];
        large[^1] = 42;

        using var put = await PutAsync(service, "large.bin", large, "application/octet-stream", "public");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(large, await factory.CreateAnonymousClient().GetByteArrayAsync($"/{service.Name}/large.bin"));
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("2")]
    [InlineData("public,protected")]
    public async Task Put_InvalidVisibility_Returns400ProblemNamingTheThree(string visibility)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await PutAsync(service, "x.txt", "x"u8.ToArray(), "text/plain", visibility);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("'visibility' must be \"public\", \"protected\" or \"private\".", problem.GetProperty("detail").GetString());
        Assert.Empty((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets")).EnumerateArray());
    }

    [Fact]
    public async Task Put_VisibilityInAnotherCase_IsTakenByName()
    {
        using var service = await factory.CreateServiceAsync();

        using var put = await PutAsync(service, "x.txt", "x"u8.ToArray(), "text/plain", "Protected");

        Assert.Equal("protected", (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("visibility").GetString());
    }

    [Theory]
    [InlineData("a/%2e%2e/b.txt")]
    [InlineData("a/../b.txt")]
    [InlineData("with%20space.txt")]
    public async Task Put_BadPathCharacters_Returns400Problem(string rawPath)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await RawRequest.SendAsync(factory, "PUT", $"{service.Api}/assets/{rawPath}", service.ApiKey, "x"u8.ToArray(), "text/plain");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("\ud800/json")]
    [InlineData("text/plain\r\nX-Injected: 1")]
    [InlineData("text/plain\u0000")]
    [InlineData("not a media type")]
    public async Task Put_ContentTypeNoHeaderCanCarry_Returns400ProblemAndStoresNothing(string contentType)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await RawRequest.SendAsync(factory, "PUT", $"{service.Api}/assets/typed.txt", service.ApiKey, "x"u8.ToArray(), contentType);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets")).EnumerateArray());
    }

    internal static async Task<HttpResponseMessage> PutAsync(TestService service, string path, byte[] content, string contentType, string? visibility)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var query = visibility is null ? string.Empty : $"?visibility={visibility}";
        return await service.Client.PutAsync($"{service.Api}/assets/{path}{query}", body);
    }
}
