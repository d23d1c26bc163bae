using System.Diagnostics;
using System.Net;
using ScriptHost.Egress;
using ScriptHost.Functions;
using ScriptHost.Tests.Egress.Support;

namespace ScriptHost.Tests.Egress;

/// <summary>
/// End to end against a Kestrel server on 127.0.0.1. Test names resolve (through the fake resolver) to public-looking
/// addresses; the only thing standing in for the network is the test connector, which routes exactly those approved
/// addresses to the loopback server. The policy runs unchanged, so a test server on loopback is reachable only by a
/// "public" name, never as loopback.
/// </summary>
public sealed class EgressHttpClientTests : IClassFixture<LoopbackServer>, IDisposable
{
    private const string ApiAddress = "93.184.215.14";
    private const string OtherAddress = "93.184.216.34";

    private readonly LoopbackServer _server;
    private readonly FakeHostResolver _resolver = new();
    private readonly LoopbackRoutingConnector _connector = new();
    private readonly EgressTransport _transport;

    public EgressHttpClientTests(LoopbackServer server)
    {
        _server = server;
        _resolver.Map("api.example.com", ApiAddress).Map("other.example.com", OtherAddress);
        _connector.Route(ApiAddress, 80, server.Port).Route(OtherAddress, 80, server.Port);
        _transport = new EgressTransport(_resolver, _connector);
    }

    public void Dispose() => _transport.Dispose();

    [Fact]
    public async Task GetAsync_AllowlistedHost_ReturnsStatusBodyAndLowerCasedHeaders()
    {
        var result = await Client().GetAsync("http://api.example.com/hello");

        Assert.Equal(200, result.StatusCode);
        Assert.True(result.IsSuccess);
        Assert.Equal("hello", result.Body);
        Assert.Equal("Value", result.Headers["x-mixed-case"]);
        Assert.Equal("a=1, b=2", result.Headers["set-cookie"]);
        Assert.StartsWith("text/plain", result.Headers["content-type"], StringComparison.Ordinal);
        Assert.All(result.Headers.Keys, name => Assert.Equal(name.ToLowerInvariant(), name));
        Assert.Equal([new IPEndPoint(IPAddress.Parse(ApiAddress), 80)], _connector.Connections);
    }

    [Fact]
    public async Task PostJsonAsync_AllowlistedHost_SendsBodyAsJson()
    {
        var result = await Client().PostJsonAsync("http://api.example.com/echo", """{"a":1}""");

        Assert.Equal(["POST", "application/json; charset=utf-8", "", "ScriptHost-Function/1.0", """{"a":1}"""], result.Body.Split('\n'));
    }

    [Fact]
    public async Task PostFormAsync_AllowlistedHost_SendsUrlEncodedForm()
    {
        var result = await Client().PostFormAsync("http://api.example.com/echo", [new("To", "+15551234567"), new("Body", "hi there & bye")]);

        var echoed = result.Body.Split('\n');
        Assert.Equal("application/x-www-form-urlencoded", echoed[1]);
        Assert.Equal("To=%2B15551234567&Body=hi%20there%20%26%20bye", echoed[4]);
    }

    [Fact]
    public async Task SendAsync_HostNotOnAllowlist_IsRefusedBeforeResolvingOrConnecting()
    {
        var denied = await Assert.ThrowsAsync<EgressDeniedException>(() => Client().GetAsync("http://other.example.com/hello"));

        Assert.Equal("other.example.com", denied.Host);
        Assert.Contains("allowlist", denied.Message, StringComparison.Ordinal);
        Assert.Empty(_resolver.Lookups);
        Assert.Empty(_connector.Connections);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.5.4")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("100.64.1.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    public async Task SendAsync_AllowlistedNameResolvingToNonPublicAddress_IsRefusedWithoutConnecting(string address)
    {
        _resolver.Map("inside.example.com", address);

        var denied = await Assert.ThrowsAsync<EgressDeniedException>(
            () => Client(allow: "inside.example.com").GetAsync("http://inside.example.com/hello"));

        Assert.Equal("inside.example.com", denied.Host);
        Assert.Equal(IPAddress.Parse(address).ToString(), denied.Address);
        Assert.Empty(_connector.Connections);
    }

    [Fact]
    public async Task SendAsync_NameResolvingToPublicAndLoopback_IsRefused()
    {
        _resolver.Map("mixed.example.com", ApiAddress, "127.0.0.1");

        var denied = await Assert.ThrowsAsync<EgressDeniedException>(
            () => Client(allow: "mixed.example.com").GetAsync("http://mixed.example.com/hello"));

        Assert.Equal("127.0.0.1", denied.Address);
        Assert.Empty(_connector.Connections);
    }

    [Fact]
    public async Task SendAsync_NameRebindingToLoopbackForTheNextConnection_IsRefused()
    {
        // The first answer is public; once that connection closes, the name "rebinds" to loopback.
        _resolver.MapSequence("rebind.example.com", [ApiAddress], ["127.0.0.1"]);
        var client = Client(allow: "rebind.example.com");

        var first = await client.GetAsync("http://rebind.example.com/close");
        var denied = await Assert.ThrowsAsync<EgressDeniedException>(() => client.GetAsync("http://rebind.example.com/hello"));

        Assert.Equal("closing", first.Body);
        Assert.Equal("127.0.0.1", denied.Address);
        Assert.Equal([new IPEndPoint(IPAddress.Parse(ApiAddress), 80)], _connector.Connections);
    }

    [Theory]
    [InlineData("http://127.0.0.1/hello", "127.0.0.1")]
    [InlineData("http://[::ffff:127.0.0.1]/hello", "::ffff:127.0.0.1")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254")]
    public async Task SendAsync_RedirectToNonPublicLiteralAddress_IsRefusedEvenWhenAllowlisted(string target, string address)
    {
        var client = Client(allow: ["api.example.com", address]);

        var denied = await Assert.ThrowsAsync<EgressDeniedException>(() => client.GetAsync(RedirectUrl(target)));

        Assert.Equal(address, denied.Address);
        Assert.Single(_connector.Connections);
    }

    [Fact]
    public async Task SendAsync_RedirectToHostNotOnAllowlist_IsRefused()
    {
        var denied = await Assert.ThrowsAsync<EgressDeniedException>(() => Client().GetAsync(RedirectUrl("http://other.example.com/hello")));

        Assert.Equal("other.example.com", denied.Host);
        Assert.Contains("allowlist", denied.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("other.example.com", _resolver.Lookups);
    }

    [Fact]
    public async Task SendAsync_RedirectToAllowlistedNameResolvingToPrivateAddress_IsRefused()
    {
        _resolver.Map("inside.example.com", "10.0.0.5");

        var denied = await Assert.ThrowsAsync<EgressDeniedException>(
            () => Client(allow: ["api.example.com", "inside.example.com"]).GetAsync(RedirectUrl("http://inside.example.com/hello")));

        Assert.Equal("10.0.0.5", denied.Address);
        Assert.Single(_connector.Connections);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://api.example.com:8080/hello")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/")]
    public async Task SendAsync_RedirectToForbiddenUrl_IsRefused(string target)
    {
        await Assert.ThrowsAsync<EgressDeniedException>(
            () => Client(allow: ["api.example.com", "metadata.google.internal"]).GetAsync(RedirectUrl(target)));
    }

    [Fact]
    public async Task SendAsync_RedirectToAnotherAllowlistedHost_IsFollowedWithoutTheAuthorizationHeader()
    {
        var result = await Client(allow: ["api.example.com", "other.example.com"]).SendAsync(new HttpCall
        {
            Url = RedirectUrl("http://other.example.com/echo"),
            Headers = new Dictionary<string, string> { ["Authorization"] = "Basic c2VjcmV0" },
        });

        Assert.Equal(["GET", "-", "", "ScriptHost-Function/1.0", ""], result.Body.Split('\n'));
        Assert.Equal(2, _connector.Connections.Count);
    }

    [Fact]
    public async Task SendAsync_RedirectWithinTheSameHost_KeepsTheAuthorizationHeader()
    {
        var result = await Client().SendAsync(new HttpCall
        {
            Url = RedirectUrl("/echo"),
            Headers = new Dictionary<string, string> { ["Authorization"] = "Basic c2VjcmV0" },
        });

        Assert.Equal("Basic c2VjcmV0", result.Body.Split('\n')[2]);
    }

    [Theory]
    [InlineData(303, "GET", "")]
    [InlineData(302, "GET", "")]
    [InlineData(307, "POST", "payload")]
    [InlineData(308, "POST", "payload")]
    public async Task SendAsync_PostRedirected_FollowsTheStatusMethodRules(int status, string expectedMethod, string expectedBody)
    {
        var result = await Client().SendAsync(new HttpCall { Method = "POST", Url = RedirectUrl("/echo", status), Body = "payload" });

        var echoed = result.Body.Split('\n');
        Assert.Equal(expectedMethod, echoed[0]);
        Assert.Equal(expectedBody, echoed[4]);
    }

    [Fact]
    public async Task SendAsync_EndlessRedirects_IsRefusedAfterFiveHops()
    {
        var denied = await Assert.ThrowsAsync<EgressDeniedException>(() => Client().GetAsync("http://api.example.com/loop/0"));

        Assert.Contains("more than 5 times", denied.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_InvocationCancelledWhileServerIsSlow_ThrowsOperationCanceledPromptly()
    {
        _server.ResetSlowSignal();
        using var invocation = new CancellationTokenSource();
        var call = Client(invocation.Token).GetAsync("http://api.example.com/slow");
        await _server.SlowRequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopwatch = Stopwatch.StartNew();
        await invocation.CancelAsync();
        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(invocation.Token, cancelled.CancellationToken);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task SendAsync_InvocationAlreadyCancelled_ThrowsWithoutConnecting()
    {
        using var invocation = new CancellationTokenSource();
        await invocation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(invocation.Token).GetAsync("http://api.example.com/hello"));
        Assert.Empty(_connector.Connections);
    }

    [Fact]
    public async Task SendAsync_ServerSlowerThanTheRequestCap_ThrowsTimeout()
    {
        var limits = EgressLimits.Default with { RequestTimeout = TimeSpan.FromMilliseconds(300) };

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => Client(limits: limits).GetAsync("http://api.example.com/slow"));

        Assert.Contains("api.example.com", timeout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_ResponseOverTheDefaultLimit_IsRefused(bool declareLength)
    {
        var url = $"http://api.example.com/big?bytes={(4 * 1024 * 1024) + 1}&declare={declareLength}";

        var denied = await Assert.ThrowsAsync<EgressDeniedException>(() => Client().GetAsync(url));

        Assert.Equal("Outbound HTTP to 'api.example.com' refused: the response body is larger than the 4 MB limit.", denied.Message);
    }

    [Fact]
    public async Task SendAsync_ResponseExactlyAtTheLimit_IsRead()
    {
        var limits = EgressLimits.Default with { MaxResponseBytes = 100_000 };

        var result = await Client(limits: limits).GetAsync("http://api.example.com/big?bytes=100000&declare=false");

        Assert.Equal(100_000, result.Body.Length);
    }

    [Fact]
    public async Task SendAsync_RequestBodyOverTheLimit_IsRefusedWithoutConnecting()
    {
        var limits = EgressLimits.Default with { MaxRequestBytes = 1024 };

        await Assert.ThrowsAsync<EgressDeniedException>(() => Client(limits: limits).PostJsonAsync("http://api.example.com/echo", new string('x', 1025)));
        Assert.Empty(_connector.Connections);
    }

    [Theory]
    [InlineData("Host", "169.254.169.254")]
    [InlineData("Transfer-Encoding", "chunked")]
    [InlineData("Proxy-Authorization", "Basic eA==")]
    [InlineData("X-Injected", "a\r\nHost: evil.test")]
    public async Task SendAsync_HostControlledOrMalformedHeader_IsRejectedWithoutConnecting(string name, string value)
    {
        var call = new HttpCall { Url = "http://api.example.com/echo", Headers = new Dictionary<string, string> { [name] = value } };

        await Assert.ThrowsAsync<ArgumentException>(() => Client().SendAsync(call));
        Assert.Empty(_connector.Connections);
    }

    private static string RedirectUrl(string target, int status = 302) =>
        $"http://api.example.com/redirect?status={status}&to={Uri.EscapeDataString(target)}";

    private EgressHttpClient Client(CancellationToken cancellation = default, EgressLimits? limits = null, params string[] allow) =>
        new(_transport, new EgressPolicy(allow.Length == 0 ? ["api.example.com"] : allow, ["*.twilio.com"]), limits ?? EgressLimits.Default, cancellation);
}
