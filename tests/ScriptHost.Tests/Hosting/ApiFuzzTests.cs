using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ScriptHost.Tests.Support;
using Xunit.Abstractions;

namespace ScriptHost.Tests.Hosting;

/// <summary>
/// Sends thousands of hostile requests (<see cref="ApiFuzzCases"/>) to every route the server's own OpenAPI document
/// lists, and to the invocation route it leaves out, with the admin key and a service key: no answer may be a 5xx,
/// every error answer is problem details, and what was stored before (a service, a function, variables, an asset,
/// settings) is intact afterwards and the function still answers. Deterministic: the requests and their order are
/// fixed, and a seed picks which key presents each.
/// </summary>
/// <remarks>
/// Requests go through the in-memory test server with their paths and headers set directly, so they reach the
/// application exactly as written (HttpClient would normalise dot segments and refuse control characters). Kestrel
/// refuses some of them itself (control characters in headers); the application must hold without relying on that.
/// </remarks>
public sealed class ApiFuzzTests(SmallRequestLimitFactory factory, ITestOutputHelper output) : IClassFixture<SmallRequestLimitFactory>
{
    private const int Seed = 9;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EveryRoute_HostileRequests_AnswerBelow500AndLeaveStoredStateIntact()
    {
        var keys = await StoreStateAsync();
        var before = await SnapshotAsync(keys);
        using var anonymous = factory.CreateAnonymousClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var operations = FuzzOperation.FromDocument(document);
        Assert.True(operations.Count >= 20, $"the OpenAPI document lists only {operations.Count} operations");

        var cases = new ApiFuzzCases(keys, SmallRequestLimitFactory.MaxRequestBodyBytes, Seed);
        var requests = operations.SelectMany(cases.For).Concat(cases.ForInvocation()).ToList();
        var failures = new List<string>();
        var notProblems = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        foreach (var request in requests)
        {
            var (status, contentType, detail) = await SendAsync(request);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                failures.Add($"{status} for {request.Describe()}\n    answered: {detail}");
            }
            else if (status >= 400 && contentType != "application/problem+json" && request.Method != "HEAD" && detail != RefusedByDecoder)
            {
                notProblems.Add($"{status} {contentType} for {request.Describe()}\n    answered: {detail}");
            }
        }

        output.WriteLine($"{requests.Count} requests over {operations.Count} operations and the invocation route in {clock.Elapsed.TotalSeconds:F1} s.");
        output.WriteLine("Answers by status: " + string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests answered 5xx:\n{string.Join('\n', failures.Take(40))}");
        Assert.True(notProblems.Count == 0, $"{notProblems.Count} error answers are not problem details:\n{string.Join('\n', notProblems.Take(40))}");
        Assert.Equal(before, await SnapshotAsync(keys));
    }

    /// <summary>
    /// The state the fuzzer must not disturb: a main service with a public and a protected function, variables, a
    /// public asset and settings; another service (whose key the fuzzer presents); and a scratch service it may delete.
    /// </summary>
    private async Task<ApiFuzzCases.Keys> StoreStateAsync()
    {
        using var admin = factory.CreateAdminClient();
        var main = await CreateServiceAsync(admin, ApiFuzzCases.MainService);
        var other = await CreateServiceAsync(admin, ApiFuzzCases.OtherService);
        await CreateServiceAsync(admin, ApiFuzzCases.ScratchService);

        using var service = new TestService(ApiFuzzCases.MainService, main, factory.CreateClientWithKey(main));
        await service.DeployAsync("/pub", "return \"pub ok\";");
        await service.DeployAsync("/prot", "return \"prot ok\";", visibility: "protected");
        await service.SetVariableAsync("GREETING", "hello");
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", "12345678901234567890123456789012", secret: true);
        using (var asset = await service.Client.PutAsync($"{service.Api}/assets/logo.txt?visibility=public", new ByteArrayContent("asset bytes"u8.ToArray())))
        {
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }

        using (var settings = await admin.PutAsJsonAsync($"{service.Api}/settings", new
        {
            egressAllowedHosts = new[] { "api.example.com" },
            corsAllowedOrigins = new[] { "https://app.example.com" },
            keyValueMaxEntries = 50,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        }

        return new ApiFuzzCases.Keys(ScriptHostFactory.AdminKey, main, other);
    }

    private static async Task<string> CreateServiceAsync(HttpClient admin, string name)
    {
        using var response = await admin.PostAsJsonAsync("/api/services", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
    }

    /// <summary>What was stored, read back through the API with each key, and what the functions and asset answer.</summary>
    private async Task<string> SnapshotAsync(ApiFuzzCases.Keys keys)
    {
        using var admin = factory.CreateAdminClient();
        using var main = factory.CreateClientWithKey(keys.Main);
        using var other = factory.CreateClientWithKey(keys.Other);
        using var anonymous = factory.CreateAnonymousClient();
        var api = $"/api/services/{ApiFuzzCases.MainService}";
        var services = (await admin.GetFromJsonAsync<JsonElement>("/api/services")).EnumerateArray()
            .Select(s => s.GetProperty("name").GetString())
            .Where(n => n is ApiFuzzCases.MainService or ApiFuzzCases.OtherService);
        var pub = await main.GetFromJsonAsync<JsonElement>($"{api}/functions/pub");
        var variables = (await main.GetFromJsonAsync<JsonElement>($"{api}/environment")).EnumerateArray()
            .Where(v => v.GetProperty("name").GetString() is "GREETING" or "TWILIO_AUTH_TOKEN")
            .Select(v => $"{v.GetProperty("name")}={v.GetProperty("value")}:{v.GetProperty("secret")}");
        var assets = (await main.GetFromJsonAsync<JsonElement>($"{api}/assets")).EnumerateArray()
            .Where(a => a.GetProperty("path").GetString() == "/logo.txt")
            .Select(a => $"{a.GetProperty("path")} {a.GetProperty("visibility")} {a.GetProperty("length")}");
        using var otherSettings = await other.GetAsync($"/api/services/{ApiFuzzCases.OtherService}/settings");
        return string.Join(
            '\n',
            string.Join(',', services),
            await main.GetStringAsync($"{api}/settings"),
            $"{pub.GetProperty("source")} v{pub.GetProperty("function").GetProperty("activeVersion")} {pub.GetProperty("function").GetProperty("visibility")}",
            string.Join(',', variables),
            string.Join(',', assets),
            await anonymous.GetStringAsync($"/{ApiFuzzCases.MainService}/pub"),
            await anonymous.GetStringAsync($"/{ApiFuzzCases.MainService}/logo.txt"),
            $"other service's key: {(int)otherSettings.StatusCode}");
    }

    private const string RefusedByDecoder = "refused by the URL decoder";

    private async Task<(int Status, string? ContentType, string Detail)> SendAsync(FuzzRequest request)
    {
        PathString path;
        try
        {
            path = request.PathIsDecoded ? new PathString(request.Path) : PathString.FromUriComponent(request.Path);
        }
        catch (InvalidOperationException)
        {
            // The decoder Kestrel uses refuses the path (an encoded NUL) and answers 400 before any application code.
            return (StatusCodes.Status400BadRequest, null, RefusedByDecoder);
        }

        try
        {
            var context = await factory.Server.SendAsync(http =>
            {
                http.Request.Method = request.Method;
                http.Request.Path = path;
                http.Request.QueryString = request.Query.Length == 0 ? QueryString.Empty : new QueryString(request.Query);
                foreach (var (name, value) in request.Headers)
                {
                    if (name == "Host")
                    {
                        http.Request.Host = new HostString(value);
                    }
                    else
                    {
                        http.Request.Headers.Append(name, value);
                    }
                }

                if (request.Body is not null)
                {
                    http.Request.Body = new MemoryStream(request.Body, writable: false);
                    http.Request.ContentLength = request.ContentLength;
                }
            }).WaitAsync(RequestTimeout);

            var status = context.Response.StatusCode;
            if (context.Response.ContentType == "text/event-stream")
            {
                // A live tail that opened: it never ends by itself.
                context.Abort();
                return (status, context.Response.ContentType, "an event stream");
            }

            using var body = new StreamReader(context.Response.Body, Encoding.UTF8);
            var text = await body.ReadToEndAsync().WaitAsync(RequestTimeout);
            return (status, context.Response.ContentType?.Split(';')[0], text.Length > 600 ? text[..600] : text);
        }
        catch (TimeoutException)
        {
            return (599, null, $"no answer within {RequestTimeout.TotalSeconds} s");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The test server rethrows what the application threw after its answer had started.
            return (598, null, $"the server threw {exception.GetType().Name}: {exception.Message}");
        }
    }
}
