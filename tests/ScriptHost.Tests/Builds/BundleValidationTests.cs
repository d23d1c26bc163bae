using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Builds;

/// <summary>
/// A bundle is checked whole before anything is stored: each problem answers 400 validation problem details whose
/// <c>errors</c> name the item (<c>functions[1].path</c>), and no build is created. Over the size limit: 413.
/// </summary>
public sealed class BundleValidationTests(BuildsFactory factory) : IClassFixture<BuildsFactory>
{
    private const string Ok = "{\"path\":\"/ok\",\"source\":\"return 1;\"}";
    private const string UnknownSha = "0000000000000000000000000000000000000000000000000000000000000000";

    [Theory]
    [InlineData("{\"functions\":[{\"path\":\"/a b\",\"source\":\"return 1;\"}]}", "functions[0].path")]
    [InlineData("{\"functions\":[{\"path\":\"/../x\",\"source\":\"return 1;\"}]}", "functions[0].path")]
    [InlineData("{\"functions\":[" + Ok + "," + Ok + "]}", "functions[1].path")]
    [InlineData("{\"functions\":[{\"path\":\"/a/versions/b\",\"source\":\"return 1;\"}]}", "functions[0].path")]
    [InlineData("{\"functions\":[{\"path\":\"/a\"}]}", "functions[0].source")]
    [InlineData("{\"functions\":[{\"path\":\"/a\",\"source\":\"return 1;\",\"visibility\":\"secret\"}]}", "functions[0].visibility")]
    [InlineData("{\"functions\":[{\"path\":\"/a\",\"source\":\"return 1;\",\"timeoutMs\":5}]}", "functions[0].timeoutMs")]
    [InlineData("{\"functions\":[null]}", "functions[0]")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"contentBase64\":\"YQ==\"},{\"path\":\"a.txt\",\"contentBase64\":\"YQ==\"}]}", "assets[1].path")]
    [InlineData("{\"functions\":[" + Ok + "],\"assets\":[{\"path\":\"/ok\",\"contentBase64\":\"YQ==\"}]}", "assets[0].path")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"contentBase64\":\"YQ==\",\"sha256\":\"" + UnknownSha + "\"}]}", "assets[0]")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\"}]}", "assets[0]")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"contentBase64\":\"not base64!\"}]}", "assets[0].contentBase64")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"sha256\":\"ABC\"}]}", "assets[0].sha256")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"sha256\":\"" + UnknownSha + "\"}]}", "assets[0].sha256")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"contentBase64\":\"YQ==\",\"visibility\":\"secret\"}]}", "assets[0].visibility")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"contentBase64\":\"YQ==\",\"visibility\":\"1\"}]}", "assets[0].visibility")]
    [InlineData("{\"functions\":[{\"path\":\"/a\",\"source\":\"return 1;\",\"visibility\":\"public,private\"}]}", "functions[0].visibility")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"contentBase64\":\"YQ==\",\"contentType\":\"not a type\"}]}", "assets[0].contentType")]
    [InlineData("{\"lib\":[{\"path\":\"src/x.cs\",\"source\":\"class X {}\"}]}", "lib[0].path")]
    [InlineData("{\"lib\":[{\"path\":\"/lib/x.cs\",\"source\":\"class X {}\"}]}", "lib[0].path")]
    [InlineData("{\"lib\":[{\"path\":\"lib/x.txt\",\"source\":\"class X {}\"}]}", "lib[0].path")]
    [InlineData("{\"lib\":[{\"path\":\"lib/x.cs\",\"source\":\"class X {}\"},{\"path\":\"lib/x.cs\",\"source\":\"class Y {}\"}]}", "lib[1].path")]
    [InlineData("{\"lib\":[{\"path\":\"lib/x.cs\"}]}", "lib[0].source")]
    [InlineData("{\"functions\":[{\"path\":\"/a\",\"source\":\"return 1;\",\"sha256\":\"" + UnknownSha + "\"}]}", "functions[0]")]
    [InlineData("{\"functions\":[{\"path\":\"/a\",\"sha256\":\"ABC\"}]}", "functions[0].sha256")]
    [InlineData("{\"functions\":[{\"path\":\"/a\",\"sha256\":\"" + UnknownSha + "\"}]}", "functions[0].sha256")]
    [InlineData("{\"functions\":[" + Ok + "],\"lib\":[{\"path\":\"lib/x.cs\",\"source\":\"class X {}\",\"sha256\":\"" + UnknownSha + "\"}]}", "lib[0]")]
    [InlineData("{\"functions\":[" + Ok + "],\"lib\":[{\"path\":\"lib/x.cs\",\"sha256\":\"" + UnknownSha + "\"}]}", "lib[0].sha256")]
    public async Task Post_InvalidBundle_Answers400NamingTheItemAndStoresNothing(string bundle, string errorKey)
    {
        using var service = await factory.CreateServiceAsync("invalid");

        using var response = await service.Client.PostAsync($"{service.Api}/builds", new StringContent(bundle, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(errorKey, out var messages), $"no '{errorKey}' in {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Empty((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds")).EnumerateArray());
    }

    [Theory]
    [InlineData("{}", "bundle", "empty")]
    [InlineData("{\"functions\":[],\"assets\":[],\"lib\":[]}", "bundle", "empty")]
    [InlineData("{\"lib\":[{\"path\":\"lib/x.cs\",\"source\":\"class X {}\"}]}", "lib", "no function")]
    [InlineData("{\"lib\":[{\"path\":\"lib/x.cs\",\"source\":\"class X {}\"}],\"assets\":[{\"path\":\"/a.txt\",\"contentBase64\":\"YQ==\"}]}", "lib", "no function")]
    public async Task Post_BundleThatServesNothing_Answers400SayingWhy(string bundle, string errorKey, string says)
    {
        using var service = await factory.CreateServiceAsync("nothing");

        using var response = await service.Client.PostAsync($"{service.Api}/builds", new StringContent(bundle, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(errorKey, out var messages), $"no '{errorKey}' in {errors}");
        Assert.Contains(says, messages[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds")).EnumerateArray());
    }

    [Theory]
    [InlineData("{\"functions\":[{\"path\":\"/a\",\"source\":\"return 1;\"}]}")]
    [InlineData("{\"assets\":[{\"path\":\"/a.txt\",\"contentBase64\":\"YQ==\"}]}")]
    public async Task Post_OnlyFunctionsOrOnlyAssets_IsAccepted(string bundle)
    {
        using var service = await factory.CreateServiceAsync("only");

        using var response = await service.Client.PostAsync($"{service.Api}/builds", new StringContent(bundle, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await FinishedAsync(service.Client, service.Api, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("functions", 501)]
    [InlineData("assets", 1001)]
    [InlineData("lib", 101)]
    public async Task Post_MoreItemsThanABuildHolds_Answers400NamingTheList(string list, int count)
    {
        using var service = await factory.CreateServiceAsync("count");
        object Item(int i) => list switch
        {
            "functions" => Function($"/f{i}", "return 1;"),
            "assets" => new { path = $"/a{i}", contentBase64 = "" },
            _ => new { path = $"lib/l{i}.cs", source = "" },
        };
        var bundle = new Dictionary<string, object> { [list] = Enumerable.Range(0, count).Select(Item).ToArray() };

        using var response = await PostAsync(service.Client, service.Api, bundle);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(list, out _), problem.ToString());
    }

    [Fact]
    public async Task Post_BundleOverTheLimit_Answers413()
    {
        using var service = await factory.CreateServiceAsync("large");
        var bundle = new { assets = new[] { new { path = "/big.bin", contentBase64 = Convert.ToBase64String(new byte[BuildsFactory.MaxBundleBytes]) } } };

        using var response = await PostAsync(service.Client, service.Api, bundle);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds")).EnumerateArray());
    }

    [Fact]
    public async Task Post_UnknownService_Answers404()
    {
        using var admin = factory.CreateAdminClient();

        using var response = await PostAsync(admin, "/api/services/no-such-service", new { functions = Array.Empty<object>() });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
