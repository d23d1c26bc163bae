using ScriptHost.Functions.TwilioLibrary;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

public sealed class WebhookUrlQueryTests
{
    [Theory]
    [InlineData("https://x.test/?bodySHA256=ab&bodySHA256=cd", "ab")]
    [InlineData("https://x.test/?a=1&body%53HA256=a%2Bb+c", "a+b c")]
    [InlineData("https://x.test/?bodySHA256", "")]
    [InlineData("https://x.test/?bodySHA256=%E2%82%AC", "€")]
    public void FirstValue_Present_DecodedAsUrlSearchParams(string url, string expected) =>
        Assert.Equal(expected, WebhookUrlQuery.FirstValue(url, "bodySHA256"));

    [Theory]
    [InlineData("https://x.test/a")]
    [InlineData("https://x.test/a?other=1")]
    [InlineData("https://x.test/a#x?bodySHA256=ab")]
    [InlineData("https://x.test/a?x=1#&bodySHA256=ab")]
    public void FirstValue_Absent_Null(string url) =>
        Assert.Null(WebhookUrlQuery.FirstValue(url, "bodySHA256"));
}
