using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.WebConsole;

/// <summary>
/// <c>/console</c> serves the console built into the host: the page with a fresh CSP nonce each time and never cached,
/// hashed assets cached for good, problems for what is not there, and nothing that loads from another origin.
/// </summary>
public sealed partial class WebConsoleEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private readonly HttpClient _browser = factory.CreateAnonymousClient();

    [Fact]
    public async Task Console_WithoutTrailingSlash_Redirects301ToTheSlash()
    {
        using var response = await _browser.GetAsync("/console");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/console/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Index_TwoRequests_EachCarriesItsOwnNonceInPolicyAndPage()
    {
        var first = await IndexAsync();
        var second = await IndexAsync();

        Assert.NotEqual(first.Nonce, second.Nonce);
        foreach (var (html, nonce, policy) in new[] { first, second })
        {
            Assert.Contains($"<meta property=\"csp-nonce\" nonce=\"{nonce}\">", html, StringComparison.Ordinal);
            Assert.Contains($"style-src 'self' 'nonce-{nonce}'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Index_Requested_NotCachedScriptsFromSelfOnlyAndHardeningHeaders()
    {
        using var response = await _browser.GetAsync("/console/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "the page carries a per-response nonce, so it must never be cached");
        var policy = Directives(response);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'none'", policy["form-action"]);
        Assert.DoesNotContain("unsafe-inline", policy["style-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", string.Join(' ', policy.Values), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Index_Page_NamesNoExternalUrlAndNoInlineScript()
    {
        var (html, _, _) = await IndexAsync();

        Assert.DoesNotMatch(ExternalUrl(), html);
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.NotEmpty(AssetNames(html));
    }

    [Fact]
    public async Task Assets_NamedByThePage_CachedImmutableWithTheirContentType()
    {
        var (html, _, _) = await IndexAsync();

        foreach (var name in AssetNames(html))
        {
            using var response = await _browser.GetAsync("/console/assets/" + name);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalDays: >= 365 }, $"{name}: {response.Headers.CacheControl}");
            Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
            Assert.Equal(name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            if (name.EndsWith(".css", StringComparison.Ordinal))
            {
                // Fonts and images come from the console's own assets (or data: URIs), never another origin.
                Assert.DoesNotMatch(CssExternalUrl(), await response.Content.ReadAsStringAsync());
            }
        }
    }

    [Fact]
    public async Task Asset_GzipAccepted_AnswersTheSameBytesCompressed()
    {
        var script = AssetNames((await IndexAsync()).Html).First(n => n.EndsWith(".js", StringComparison.Ordinal));
        var plain = await _browser.GetByteArrayAsync("/console/assets/" + script);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/console/assets/" + script);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await _browser.SendAsync(request);

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} of {plain.Length} bytes");
        await using var unzipped = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await unzipped.CopyToAsync(copy);
        Assert.Equal(plain, copy.ToArray());
    }

    [Theory]
    [InlineData("/console/assets/main-NOPE.js")]
    [InlineData("/console/assets/..%2Fapi")]
    [InlineData("/console/settings")]
    public async Task Console_UnknownPath_Answers404Problem(string path)
    {
        using var response = await _browser.GetAsync(path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Console_NotInTheOpenApiDocument()
    {
        var document = await _browser.GetStringAsync("/openapi/v1.json");

        Assert.DoesNotContain("\"/console", document, StringComparison.Ordinal);
    }

    private async Task<(string Html, string Nonce, string Policy)> IndexAsync()
    {
        using var response = await _browser.GetAsync("/console/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var nonce = Nonce().Match(html);
        Assert.True(nonce.Success, html);
        return (html, nonce.Groups[1].Value, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty);

    private static List<string> AssetNames(string html) => [.. AssetReference().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("nonce=\"([A-Za-z0-9+/=]{16,})\"")]
    private static partial Regex Nonce();

    [GeneratedRegex("(?:src|href)=\"/console/assets/([^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("(?:https?:)?//(?!www\\.w3\\.org)[a-z0-9.-]+\\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex("url\\(\\s*['\"]?(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex CssExternalUrl();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}

/// <summary>On an environment's host name every path is a function's: the console is not served there.</summary>
public sealed class WebConsoleEnvironmentHostTests(EnvironmentHostFactory factory) : IClassFixture<EnvironmentHostFactory>
{
    [Fact]
    public async Task Console_OnAnEnvironmentHost_IsAFunctionPathNotThePage()
    {
        using var service = await factory.CreateServiceAsync("wc");

        using var response = await factory.CreateAnonymousClient().GetAsync($"http://{service.Name}.{EnvironmentHostFactory.Suffix}/console");

        // The service has no function /console: the function route's 404, not the page or its redirect.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }
}
