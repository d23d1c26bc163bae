using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScriptHost.Assets;
using ScriptHost.Configuration;
using ScriptHost.RequestBodies;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.RequestBodies;

/// <summary>
/// A body's limit is its endpoint's metadata: every management route declares one (a group's, or its own), and the
/// middleware holds each request to its route's, so a route can take larger bodies than its group by saying so.
/// </summary>
public sealed class RequestBodyLimitTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    [Fact]
    public void ManagementRoutes_EachDeclaresItsBodyLimit_AssetUploadsAndBundlesTheirOwn()
    {
        var options = factory.Services.GetRequiredService<IOptions<ScriptHostOptions>>().Value;
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, route =>
        {
            var methods = route.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods;
            var expected = (route.RoutePattern.RawText, methods.Contains("PUT"), methods.Contains("POST")) switch
            {
                ("/api/services/{service}/assets/{**path}", true, _) => AssetEndpoints.MaxUploadBytes(options),
                ("/api/services/{service}/builds/", _, true) => options.MaxBundleBytes,
                _ => options.MaxRequestBodyBytes,
            };
            Assert.Equal(expected, route.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize);
        });
    }

    [Theory]
    [InlineData("/group", 16, HttpStatusCode.OK)]
    [InlineData("/group", 17, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("/own", 64, HttpStatusCode.OK)]
    [InlineData("/own", 65, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("/none", 4096, HttpStatusCode.OK)]
    public async Task Request_BodyAgainstItsRoutesLimit_IsReadOrAnswered413(string route, int bytes, HttpStatusCode expected)
    {
        await using var app = await LimitedAppAsync();
        using var client = app.GetTestClient();

        foreach (HttpContent body in new HttpContent[] { new ByteArrayContent(new byte[bytes]), new UnknownLengthContent(new byte[bytes]) })
        {
            using (body)
            using (var response = await client.PostAsync(route, body))
            {
                if (expected == HttpStatusCode.OK)
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.Equal(bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync());
                }
                else
                {
                    await ProblemAssert.IsProblemAsync(response, expected);
                }
            }
        }
    }

    /// <summary>Echoes body lengths: a group limited to 16 bytes with one route that declares 64, and a route with no limit.</summary>
    private static async Task<WebApplication> LimitedAppAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        app.UseMiddleware<RequestBodyLimit>();

        static async Task<string> LengthAsync(HttpRequest request)
        {
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy);
            return copy.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var group = app.MapGroup(string.Empty).WithBodyLimit(16);
        group.MapPost("/group", LengthAsync);
        group.MapPost("/own", LengthAsync).WithBodyLimit(64);
        app.MapPost("/none", LengthAsync);
        await app.StartAsync();
        return app;
    }
}
