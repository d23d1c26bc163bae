using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScriptHost.Storage;
using ScriptHost.Tests.Builds;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Assets;

/// <summary>
/// The asset listing shows what an environment serves, by content hash; an upload stores its content once, as the blob
/// the live build names and serves.
/// </summary>
public sealed class AssetListingTests(BuildsFactory factory) : IClassFixture<BuildsFactory>
{
    [Fact]
    public async Task Put_ThenList_ShowsTheSha256OfWhatIsServedAndStoredAsItsBlob()
    {
        using var service = await factory.CreateServiceAsync("asset-list");
        byte[] content = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0x10];

        using var put = await AssetEndpointsTests.PutAsync(service, "img/logo.png", content, "image/png", "public");

        var answer = await put.Content.ReadFromJsonAsync<JsonElement>();
        var listed = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets")).EnumerateArray());
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        Assert.Equal(
            ("/img/logo.png", "public", "image/png", sha256, (long)content.Length),
            (listed.GetProperty("path").GetString(), listed.GetProperty("visibility").GetString(), listed.GetProperty("contentType").GetString(),
                listed.GetProperty("sha256").GetString(), listed.GetProperty("length").GetInt64()));
        Assert.Equal(sha256, answer.GetProperty("sha256").GetString());
        Assert.Equal(content, await factory.CreateAnonymousClient().GetByteArrayAsync($"/{service.Name}/img/logo.png"));
        var store = factory.Services.GetRequiredService<IScriptHostStore>();
        Assert.Equal(content, (await store.Blobs.GetAssetBlobAsync(service.Name, sha256, CancellationToken.None))!.Value.ToArray());
        var build = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds/{answer.GetProperty("buildId").GetInt32()}");
        Assert.Equal(sha256, Named(build.GetProperty("assets"), "/img/logo.png").GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task List_EnvironmentQuery_ListsWhatThatEnvironmentServes()
    {
        using var service = await factory.CreateServiceAsync("asset-env");
        await service.CreateEnvironmentAsync("dev");
        await service.PutAssetAsync("/production.txt", "on production");
        var build = await BuildAsync(service.Client, service.Api, new { assets = new[] { Text("/dev.txt", "on dev", "private") } });
        await service.DeployBuildAsync("dev", build.GetProperty("id").GetInt32());

        var dev = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets?environment=dev")).EnumerateArray());
        var production = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets?environment=production")).EnumerateArray());

        Assert.Equal(("/dev.txt", "private", Sha256("on dev")), (dev.GetProperty("path").GetString(), dev.GetProperty("visibility").GetString(), dev.GetProperty("sha256").GetString()));
        Assert.Equal("/production.txt", production.GetProperty("path").GetString());
    }

    [Fact]
    public async Task List_UnknownEnvironment_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync("asset-unknown");

        using var response = await service.Client.GetAsync($"{service.Api}/assets?environment=stage");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_AssetThatBuildsStillName_StopsListingItAndKeepsItsBlob()
    {
        using var service = await factory.CreateServiceAsync("asset-delete");
        var uploaded = await service.PutAssetAsync("/note.txt", "a note");

        using var deleted = await service.Client.DeleteAsync($"{service.Api}/assets/note.txt");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets")).EnumerateArray());
        var store = factory.Services.GetRequiredService<IScriptHostStore>();
        Assert.True(await store.Blobs.HasAssetBlobAsync(service.Name, uploaded.GetProperty("sha256").GetString()!, CancellationToken.None));
    }
}
