using ScriptHost.Api.Contracts.Templates;

namespace ScriptHost.Api.Contracts.Tests.Templates;

/// <summary>The sample header format (<see cref="TemplateHeader"/>): what it reads out of a header, and what it refuses.</summary>
public sealed class TemplateHeaderTests
{
    private const string Header = """
        // Call forwarding. Rings the number in FORWARD_TO for every call.
        // Point at it: Console → your number → Voice → "A call comes in".
        // Environment: TWILIO_AUTH_TOKEN (signature check), FORWARD_TO (the number to ring, E.164, e.g. +15558675310),
        // CALLER_ID (optional: one of your Twilio numbers or a verified caller ID; see the API docs).
        // Deploy with visibility "protected".

        // Not part of the header: NOT_A_VARIABLE.
        return "ok";
        """;

    [Fact]
    public void Parse_TemplateHeader_ReadsTitleDescriptionWebhookVisibilityAndVariables()
    {
        var header = TemplateHeader.Parse(Header, out var error);

        Assert.Null(error);
        Assert.NotNull(header);
        Assert.Equal("Call forwarding.", header.Title);
        Assert.Equal("Rings the number in FORWARD_TO for every call.", header.Description);
        Assert.Equal("Console → your number → Voice → \"A call comes in\".", header.PointAtIt);
        Assert.Equal("protected", header.Visibility);

        // Words in parentheses explain a variable (E.164, API) and are not variables themselves.
        Assert.Equal(["TWILIO_AUTH_TOKEN", "FORWARD_TO", "CALLER_ID"], header.Variables);
    }

    [Theory]
    [InlineData("Point at it:", "no 'Point at it:'")]
    [InlineData("Environment:", "no 'Environment:'")]
    [InlineData("Deploy with visibility \"protected\"", "no 'Deploy with visibility")]
    public void Parse_HeaderMissingAPart_SaysWhichPart(string part, string expected)
    {
        var header = TemplateHeader.Parse(Header.Replace(part, "Something else", StringComparison.Ordinal), out var error);

        Assert.Null(header);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoHeader_Refuses()
    {
        Assert.Null(TemplateHeader.Parse("return \"no header\";", out var error));
        Assert.NotNull(error);
    }
}
