using System.Net;
using ScriptHost.Egress;
using ScriptHost.Functions;

namespace ScriptHost.Tests.Egress;

public sealed class EgressPolicyTests
{
    // Every host below is allowlisted on purpose: refusals must come from the address, name, scheme or port rules.
    private static readonly EgressPolicy Policy = new(
        ["api.example.com", "*.hooks.example.com", "127.0.0.1", "::1", "::ffff:127.0.0.1", "169.254.169.254", "10.0.0.1", "metadata.google.internal", "printer.local", "intranet", "93.184.215.14"],
        ["*.twilio.com"]);

    [Theory]
    [InlineData("https://api.example.com/v1/things?x=1")]
    [InlineData("http://api.example.com/")]
    [InlineData("https://api.example.com:443/")]
    [InlineData("https://API.EXAMPLE.COM/")]
    [InlineData("https://a.hooks.example.com/")]
    [InlineData("https://api.twilio.com/2010-04-01/Accounts")]
    [InlineData("https://verify.twilio.com/v2/Services")]
    [InlineData("https://api.dublin.ie1.twilio.com/2010-04-01/Accounts")]
    [InlineData("http://93.184.215.14/")]
    public void CheckUrl_AllowlistedHostOnDefaultPort_IsAllowed(string url)
    {
        Policy.CheckUrl(new Uri(url));
    }

    [Theory]
    [InlineData("https://other.example.com/", "not on the service's egress allowlist")]
    [InlineData("https://hooks.example.com/", "not on the service's egress allowlist")]
    [InlineData("https://8.8.8.8/", "not on the service's egress allowlist")]
    [InlineData("ftp://api.example.com/", "scheme 'ftp'")]
    [InlineData("file:///etc/passwd", "scheme 'file'")]
    [InlineData("gopher://api.example.com/", "scheme 'gopher'")]
    [InlineData("https://api.example.com:8443/", "port 8443")]
    [InlineData("http://api.example.com:443/", "port 443")]
    [InlineData("https://api.example.com@evil.test/", "credentials")]
    [InlineData("https://user:pass@api.example.com/", "credentials")]
    [InlineData("http://127.0.0.1/", "loopback")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://10.0.0.1/", "private")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", "metadata")]
    [InlineData("http://printer.local/", "internal-only")]
    [InlineData("http://intranet/", "single-label")]
    [InlineData("http://localhost/", "metadata or internal-only")]
    public void CheckUrl_ForbiddenUrl_IsRefusedWithItsReason(string url, string reasonFragment)
    {
        var denied = Assert.Throws<EgressDeniedException>(() => Policy.CheckUrl(new Uri(url)));

        Assert.Contains(reasonFragment, denied.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckUrl_LiteralLoopback_NamesTheAddressInTheMessage()
    {
        var denied = Assert.Throws<EgressDeniedException>(() => Policy.CheckUrl(new Uri("http://127.0.0.1/admin")));

        Assert.Equal("127.0.0.1", denied.Host);
        Assert.Equal("127.0.0.1", denied.Address);
        Assert.Equal("Outbound HTTP to '127.0.0.1' refused: it is a loopback address.", denied.Message);
    }

    [Theory]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://127.1/")]
    [InlineData("http://017700000001/")]
    public void CheckUrl_OtherSpellingOfLoopback_IsRefused(string url)
    {
        // Whether Uri canonicalises these to 127.0.0.1 (refused as loopback) or keeps them as names (not allowlisted),
        // they must never pass; the connect-time check would refuse them again after resolution.
        Assert.Throws<EgressDeniedException>(() => Policy.CheckUrl(new Uri(url)));
    }

    [Fact]
    public void CheckResolvedAddresses_AllPublic_IsAllowed()
    {
        EgressPolicy.CheckResolvedAddresses("api.example.com", [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]);
    }

    [Fact]
    public void CheckResolvedAddresses_OnePrivateAmongPublic_IsRefusedNamingThePrivateOne()
    {
        var denied = Assert.Throws<EgressDeniedException>(() =>
            EgressPolicy.CheckResolvedAddresses("api.example.com", [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("192.168.0.10")]));

        Assert.Equal("192.168.0.10", denied.Address);
        Assert.Equal("Outbound HTTP to 'api.example.com' refused: it resolves to 192.168.0.10, a private address.", denied.Message);
    }

    [Fact]
    public void CheckResolvedAddresses_NoAddress_IsRefused()
    {
        var denied = Assert.Throws<EgressDeniedException>(() => EgressPolicy.CheckResolvedAddresses("api.example.com", []));

        Assert.Contains("did not resolve", denied.Reason, StringComparison.Ordinal);
    }
}
