using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ScriptHost.Egress;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Samples;

/// <summary>
/// The real server, in memory, shared by every sample test: services are created, configured and deployed through
/// the management API exactly as the samples' README tells a user to, and functions are called at the public URL
/// Twilio would sign. Outbound HTTP runs through the real egress client; only DNS and the socket are swapped:
/// <c>api.twilio.com</c> does not resolve (as on a machine with no network), and <see cref="FakeApiHost"/> reaches
/// <see cref="FakeTwilioApi"/> on loopback.
/// </summary>
public sealed class SampleServer : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://functions.example.com";
    public const string FakeApiHost = "api.twilio.test";

    // A public-looking address: the egress policy refuses loopback, so the test connector routes this one instead.
    private const string FakeApiAddress = "93.184.215.14";
    private const string AdminKey = "samples-admin-key-0123456789";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), $"scripthost-samples-{Guid.NewGuid():N}.db");
    private readonly ConcurrentDictionary<string, Lazy<Task>> _services = new(StringComparer.Ordinal);
    private WebApplicationFactory<Program>? _factory;

    /// <summary>The stand-in for Twilio's REST API, reached at <c>http://api.twilio.test</c>.</summary>
    public FakeTwilioApi TwilioApi { get; } = new();

    /// <summary>A client for the server; requests go to http://localhost, which the server maps to <see cref="PublicBaseUrl"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await TwilioApi.StartAsync();
        var resolver = new TestResolver(FakeApiHost, IPAddress.Parse(FakeApiAddress));
        var connector = new TestConnector(new IPEndPoint(IPAddress.Parse(FakeApiAddress), 80), TwilioApi.Port);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("ScriptHost:DataPath", _dataPath)
            .UseSetting("ScriptHost:AdminKey", AdminKey)
            .UseSetting("ScriptHost:PublicBaseUrl", PublicBaseUrl)
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<IHostResolver>(resolver);
                services.AddSingleton<IEndpointConnector>(connector);
            }));
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await TwilioApi.DisposeAsync();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_dataPath)!, Path.GetFileNameWithoutExtension(_dataPath) + "*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Creates <paramref name="service"/> once (later calls with the same name wait for the first): sets its
    /// environment, optionally lets it call <see cref="FakeApiHost"/>, and deploys the sample file as it is.
    /// </summary>
    public Task ServiceAsync(string service, string sample, string visibility, IReadOnlyDictionary<string, string> environment, bool allowFakeApi = false) =>
        _services.GetOrAdd(service, _ => new Lazy<Task>(() => CreateServiceAsync(service, sample, visibility, environment, allowFakeApi))).Value;

    /// <summary>The text of <c>scripts-samples/{name}.csx</c>, copied next to the tests by the project file.</summary>
    public static string SampleSource(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scripts-samples", name + ".csx"));

    /// <summary>
    /// Creates <paramref name="service"/> once (later calls with the same name wait for the first) with its environment
    /// and <see cref="FakeApiHost"/> allowed, for functions of the tests' own deployed with <see cref="DeployAsync"/>.
    /// </summary>
    public Task ServiceAsync(string service, IReadOnlyDictionary<string, string> environment) =>
        _services.GetOrAdd(service, _ => new Lazy<Task>(() => CreateServiceAsync(service, environment, allowFakeApi: true))).Value;

    /// <summary>Deploys <paramref name="source"/> and returns the deploy answer (status and body).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> DeployAsync(string service, string path, string source, string visibility, int? timeoutMs = null)
    {
        using var response = await SendAdminAsync(HttpMethod.Put, $"/api/services/{service}/functions/{path}", new { source, visibility, timeoutMs });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>POSTs a webhook form to the function, signed as Twilio signs it, with <paramref name="authToken"/>.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string service, string path, IReadOnlyList<KeyValuePair<string, string>> form, string authToken)
    {
        var signature = TwilioWebhookSigner.Sign(authToken, $"{PublicBaseUrl}/{service}/{path}", form);
        return PostAsync(service, path, form, signature);
    }

    /// <summary>POSTs a form to the function with the given signature header, or none.</summary>
    public Task<HttpResponseMessage> PostAsync(string service, string path, IReadOnlyList<KeyValuePair<string, string>> form, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/{service}/{path}") { Content = new FormUrlEncodedContent(form) };
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        return SendDisposingAsync(request);
    }

    private async Task CreateServiceAsync(string service, string sample, string visibility, IReadOnlyDictionary<string, string> environment, bool allowFakeApi)
    {
        await CreateServiceAsync(service, environment, allowFakeApi);
        var (status, body) = await DeployAsync(service, sample, SampleSource(sample), visibility);
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"Deploying {sample} answered {(int)status}: {body?.ToJsonString()}");
        Assert.Equal("[]", body?["warnings"]?.ToJsonString());
    }

    private async Task CreateServiceAsync(string service, IReadOnlyDictionary<string, string> environment, bool allowFakeApi)
    {
        (await SendAdminAsync(HttpMethod.Post, "/api/services", new { name = service })).EnsureSuccessStatusCode().Dispose();
        foreach (var (name, value) in environment)
        {
            (await SendAdminAsync(HttpMethod.Put, $"/api/services/{service}/environment/{name}", new { value, secret = true })).EnsureSuccessStatusCode().Dispose();
        }

        if (allowFakeApi)
        {
            (await SendAdminAsync(HttpMethod.Put, $"/api/services/{service}/settings", new { egressAllowedHosts = new[] { FakeApiHost } })).EnsureSuccessStatusCode().Dispose();
        }
    }

    private Task<HttpResponseMessage> SendAdminAsync(HttpMethod method, string url, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", AdminKey);
        return SendDisposingAsync(request);
    }

    private async Task<HttpResponseMessage> SendDisposingAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await Client.SendAsync(request);
        }
    }

    /// <summary>DNS for the tests: one name resolves to one address; every other name, api.twilio.com included, does not exist.</summary>
    private sealed class TestResolver(string host, IPAddress address) : IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string name, CancellationToken cancellationToken) =>
            string.Equals(name, host, StringComparison.OrdinalIgnoreCase)
                ? Task.FromResult(new[] { address })
                : throw new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>The network for the tests: the one approved endpoint leads to the fake API on loopback, and nothing else connects.</summary>
    private sealed class TestConnector(IPEndPoint route, int loopbackPort) : IEndpointConnector
    {
        private readonly SocketEndpointConnector _loopback = new();

        public ValueTask<Stream> ConnectAsync(IPEndPoint approvedEndpoint, CancellationToken cancellationToken) =>
            approvedEndpoint.Equals(route)
                ? _loopback.ConnectAsync(new IPEndPoint(IPAddress.Loopback, loopbackPort), cancellationToken)
                : throw new SocketException((int)SocketError.NetworkUnreachable);
    }
}

/// <summary>Every sample test class shares one server.</summary>
[CollectionDefinition(Name)]
public sealed class SampleServerCollection : ICollectionFixture<SampleServer>
{
    public const string Name = "Samples";
}
