using ScriptHost.Egress;

namespace ScriptHost.Tests.Egress;

public sealed class EgressAllowlistTests
{
    [Theory]
    [InlineData("api.example.com", "api.example.com")]
    [InlineData("api.example.com", "API.Example.COM")]
    [InlineData("API.EXAMPLE.COM", "api.example.com")]
    [InlineData("api.example.com.", "api.example.com")]
    [InlineData("api.example.com", "api.example.com.")]
    [InlineData("*.example.com", "api.example.com")]
    [InlineData("*.example.com", "a.b.example.com")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    [InlineData("93.184.215.14", "93.184.215.14")]
    [InlineData("[2606:2800::1]", "2606:2800:0:0:0:0:0:1")]
    public void Allows_MatchingEntry_IsTrue(string entry, string host)
    {
        Assert.True(new EgressAllowlist([entry]).Allows(host));
    }

    [Theory]
    [InlineData("api.example.com", "example.com")]
    [InlineData("api.example.com", "api.example.com.evil.test")]
    [InlineData("api.example.com", "evilapi.example.com")]
    [InlineData("*.example.com", "example.com")]
    [InlineData("*.example.com", "badexample.com")]
    [InlineData("*.example.com", "example.com.evil.test")]
    [InlineData("*.0.0.1", "127.0.0.1")]
    [InlineData("*", "anything.test")]
    [InlineData("*.com", "evil.com")]
    [InlineData("api.*.com", "api.example.com")]
    [InlineData("", "api.example.com")]
    public void Allows_NonMatchingOrInvalidEntry_IsFalse(string entry, string host)
    {
        Assert.False(new EgressAllowlist([entry]).Allows(host));
    }

    [Theory]
    [InlineData("api.example.com", true)]
    [InlineData("*.example.com", true)]
    [InlineData("203.0.113.7", true)]
    [InlineData("*", false)]
    [InlineData("*.com", false)]
    [InlineData("a.*.example.com", false)]
    [InlineData(" ", false)]
    public void TryParseEntry_Entry_ReportsWhetherItCanEverMatch(string entry, bool valid)
    {
        Assert.Equal(valid, EgressAllowlist.TryParseEntry(entry, out _, out _));
    }

    [Theory]
    [InlineData("api.example.com", "api.example.com")]
    [InlineData(" API.Example.COM. ", "api.example.com")]
    [InlineData("*.Stripe.com", "*.stripe.com")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    [InlineData("93.184.215.14", "93.184.215.14")]
    [InlineData("[2606:2800::1]", "2606:2800::1")]
    public void TryParseEntry_HostName_IsNormalised(string entry, string normalized)
    {
        Assert.True(EgressAllowlist.TryParseEntry(entry, out var parsed, out var error), error);
        Assert.Equal(normalized, parsed);
    }

    [Theory]
    [InlineData("http://evil/", "scheme")]
    [InlineData("https://api.example.com", "scheme")]
    [InlineData("api.example.com/v1", "path")]
    [InlineData("api.example.com\\v1", "path")]
    [InlineData("api.example.com?x=1", "path")]
    [InlineData("user@api.example.com", "user info")]
    [InlineData("api.example.com:8443", "port")]
    [InlineData("[2606:2800::1]:443", "port")]
    [InlineData("*", "wildcard")]
    [InlineData("*.com", "top-level domain")]
    [InlineData("api.*.com", "wildcard")]
    [InlineData("*.*.example.com", "wildcard")]
    [InlineData("api_1.example.com", "not a host name")]
    [InlineData("-api.example.com", "not a host name")]
    [InlineData("api..example.com", "not a host name")]
    [InlineData("api example.com", "not a host name")]
    [InlineData("127.1", "not a host name")]
    [InlineData("evil\u0000.example.com", "not a host name")]
    [InlineData("", "empty")]
    [InlineData(null, "empty")]
    public void TryParseEntry_NotAHostName_IsRefusedWithTheReason(string? entry, string reason)
    {
        Assert.False(EgressAllowlist.TryParseEntry(entry, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allows_StoredEntryWithScheme_MatchesNothing()
    {
        Assert.False(new EgressAllowlist(["http://evil/"]).Allows("evil"));
    }
}
