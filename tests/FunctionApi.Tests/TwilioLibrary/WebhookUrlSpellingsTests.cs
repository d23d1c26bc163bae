using ScriptHost.Functions.TwilioLibrary;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

public sealed class WebhookUrlSpellingsTests
{
    [Theory]
    [InlineData("https://x.test/a?b=1", "https://x.test/a?b=1", "https://x.test:443/a?b=1")]
    [InlineData("HTTPS://x.test", "HTTPS://x.test", "HTTPS://x.test:443")]
    [InlineData("http://x.test/a", "http://x.test/a", "http://x.test:80/a")]
    [InlineData("https://x.test:443/a", "https://x.test/a", "https://x.test:443/a")]
    [InlineData("http://x.test:8080/a", "http://x.test/a", "http://x.test:8080/a")]
    [InlineData("https://user:secret@x.test:99/a", "https://user:secret@x.test/a", "https://user:secret@x.test:99/a")]
    [InlineData("https://[::1]/a", "https://[::1]/a", "https://[::1]:443/a")]
    [InlineData("https://[::1]:8443/a", "https://[::1]/a", "https://[::1]:8443/a")]
    [InlineData("https://x.test/a:b?c=d:e", "https://x.test/a:b?c=d:e", "https://x.test:443/a:b?c=d:e")]
    public void PortSpellings_Url_WithoutPortThenWithPort(string url, string withoutPort, string withPort) =>
        Assert.Equal([withoutPort, withPort], WebhookUrlSpellings.PortSpellings(url));

    [Theory]
    [InlineData("x.test/a")]
    [InlineData("/relative?x=1")]
    public void PortSpellings_NoScheme_OnlyTheUrlItself(string url) =>
        Assert.Equal([url], WebhookUrlSpellings.PortSpellings(url));
}
