using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Assets;

/// <summary>
/// The type an asset is stored and served with: the uploader's, unless it is missing or a form type (curl's default
/// for <c>--data-binary</c>), when the file extension decides.
/// </summary>
public sealed class AssetContentTypeTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    public static TheoryData<string, string, string> FormUploads => new()
    {
        { "application/x-www-form-urlencoded", "site/style.css", "text/css" },
        { "application/x-www-form-urlencoded", "img/logo.png", "image/png" },
        { "application/x-www-form-urlencoded", "data/config.json", "application/json" },
        { "application/x-www-form-urlencoded", "blob.unknown", "application/octet-stream" },
        { "application/x-www-form-urlencoded", "no-extension", "application/octet-stream" },
        { "application/x-www-form-urlencoded; charset=utf-8", "site/style.css", "text/css" },
        { "Application/X-WWW-Form-Urlencoded", "img/logo.png", "image/png" },
        { "multipart/form-data; boundary=------abc", "img/logo.png", "image/png" },
    };

    [Theory]
    [MemberData(nameof(FormUploads))]
    public async Task Put_FormContentType_StoresAndServesTheTypeOfTheExtension(string declared, string path, string expected)
    {
        using var service = await factory.CreateServiceAsync();

        using var put = await AssetEndpointsTests.PutAsync(service, path, "bytes"u8.ToArray(), declared, "public");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(expected, (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentType").GetString());
        await AssertStoredAndServedAsync(service, path, expected);
    }

    [Theory]
    [InlineData("img/logo.png", "image/png")]
    [InlineData("site/index.html", "text/html")]
    [InlineData("blob.unknown", "application/octet-stream")]
    public async Task Put_NoContentType_StoresAndServesTheTypeOfTheExtension(string path, string expected)
    {
        using var service = await factory.CreateServiceAsync();

        // ByteArrayContent sends no Content-Type unless one is set, as `curl -T file` does.
        using var put = await service.Client.PutAsync($"{service.Api}/assets/{path}", new ByteArrayContent("bytes"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await AssertStoredAndServedAsync(service, path, expected);
    }

    [Theory]
    [InlineData("site/style.css", "text/plain; charset=utf-8")]
    [InlineData("data/report.json", "application/vnd.example+json")]
    [InlineData("blob.unknown", "image/webp")]
    public async Task Put_ExplicitNonFormContentType_IsKeptAsGiven(string path, string declared)
    {
        using var service = await factory.CreateServiceAsync();

        using var put = await AssetEndpointsTests.PutAsync(service, path, "bytes"u8.ToArray(), declared, "public");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await AssertStoredAndServedAsync(service, path, declared);
    }

    private async Task AssertStoredAndServedAsync(TestService service, string path, string expected)
    {
        var listed = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets");
        Assert.Equal(expected, Assert.Single(listed.EnumerateArray()).GetProperty("contentType").GetString());

        using var served = await factory.CreateAnonymousClient().GetAsync($"/{service.Name}/{path}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(expected, served.Content.Headers.ContentType?.ToString());
    }
}
