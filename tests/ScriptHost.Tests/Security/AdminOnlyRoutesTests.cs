using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ScriptHost.Security;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Security;

/// <summary>
/// Every admin-only route, as the server itself lists them (by <see cref="AdminKeyRequirement"/>, so a route added
/// later is covered too): a valid service key gets 403 saying the admin key is needed, no key or a wrong key 401.
/// </summary>
public sealed class AdminOnlyRoutesTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    /// <summary>Admin-only routes known today; the list the server gives must hold at least these.</summary>
    private static readonly string[] KnownAdminOnlyRoutes =
    [
        "POST /api/services", "GET /api/services", "DELETE /api/services/{service}", "POST /api/admin/key/rotate",
    ];

    [Fact]
    public void AdminOnlyRoutes_AsTheServerListsThem_IncludeEveryKnownOne()
    {
        var listed = AdminOnlyRoutes().Select(route => $"{route.Method} {route.Pattern}").ToHashSet(StringComparer.Ordinal);

        Assert.Subset(listed, KnownAdminOnlyRoutes.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AdminOnlyRoutes_ValidServiceKey_Return403ProblemNamingTheAdminKey()
    {
        using var service = await factory.CreateServiceAsync("not-admin");

        foreach (var (method, pattern) in AdminOnlyRoutes())
        {
            // The service's own name where a route names one: its own key must not delete it either.
            using var response = await SendAsync(service.Client, method, pattern, service.Name);

            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.Contains("needs the admin key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync($"{service.Api}/functions")).StatusCode);
    }

    [Fact]
    public async Task AdminOnlyRoutes_NoKeyOrWrongKey_Return401Problem()
    {
        using var service = await factory.CreateServiceAsync("not-admin");
        using var anonymous = factory.CreateAnonymousClient();
        using var wrong = factory.CreateClientWithKey("svc_not-a-key-this-server-gave-out");

        foreach (var (method, pattern) in AdminOnlyRoutes())
        {
            foreach (var client in new[] { anonymous, wrong })
            {
                using var response = await SendAsync(client, method, pattern, service.Name);

                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
            }
        }
    }

    private IEnumerable<(string Method, string Pattern)> AdminOnlyRoutes()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<AdminKeyRequirement>() is not null)
            .ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
            Assert.True(methods is { Count: > 0 }, $"admin-only route {endpoint.RoutePattern.RawText} answers every method");
            foreach (var method in methods)
            {
                yield return (method, "/" + endpoint.RoutePattern.RawText!.Trim('/'));
            }
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string pattern, string service)
    {
        var url = pattern.Replace("{service}", service, StringComparison.Ordinal);
        Assert.DoesNotContain("{", url, StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(new { });
        }

        return client.SendAsync(request);
    }
}
