using System.Text.Json.Nodes;
using ScriptHost.Functions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Rest.Verify.V2.Service;
using Twilio.Types;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// The host's JSON (a function's <c>Json.Serialize</c>, and its result) writes the library's resources as Twilio
/// writes them: string enums and phone numbers as strings, JSON the resource kept as it came as that JSON.
/// </summary>
public sealed class TwilioTypesJsonTests
{
    [Fact]
    public void Serialize_MessageResource_WritesStatusDirectionAndFromAsStrings()
    {
        var message = MessageResource.FromJson("""
            {"sid":"SM0123456789abcdef0123456789abcdef","status":"queued","direction":"outbound-api",
             "from":"+15017122661","to":"+15558675310","num_segments":"1","subresource_uris":{"media":"/media.json"}}
            """);

        var json = JsonNode.Parse(Json.Serialize(message))!;

        Assert.Equal("queued", (string?)json["status"]);
        Assert.Equal("outbound-api", (string?)json["direction"]);
        Assert.Equal("+15017122661", (string?)json["from"]);
        Assert.Equal("+15558675310", (string?)json["to"]);
        Assert.Equal("/media.json", (string?)json["subresourceUris"]!["media"]);
    }

    [Fact]
    public void Serialize_VerificationResource_WritesTheJsonItKeptAsThatJson()
    {
        var verification = VerificationResource.FromJson("""
            {"sid":"VE0123456789abcdef0123456789abcdef","status":"pending","channel":"sms",
             "lookup":{"carrier":{"type":"mobile","error_code":null}},
             "send_code_attempts":[{"attempt_sid":"VL0123456789abcdef0123456789abcdef","channel":"sms"}]}
            """);

        var json = JsonNode.Parse(Json.Serialize(verification))!;

        Assert.Equal("sms", (string?)json["channel"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"carrier":{"type":"mobile","error_code":null}}"""), json["lookup"]));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"attempt_sid":"VL0123456789abcdef0123456789abcdef","channel":"sms"}]"""), json["sendCodeAttempts"]));
    }

    [Fact]
    public void Serialize_StringEnumWithoutAValue_WritesNull() =>
        Assert.Equal("""{"status":null}""", Json.Serialize(new { Status = new MessageResource.StatusEnum() }));

    [Fact]
    public void Deserialize_StringEnumAndPhoneNumber_ReadsThemFromStrings()
    {
        var read = Json.Deserialize<Delivery>("""{"status":"delivered","to":"+15558675310"}""")!;

        Assert.Equal(MessageResource.StatusEnum.Delivered.ToString(), read.Status!.ToString());
        Assert.IsType<MessageResource.StatusEnum>(read.Status);
        Assert.Equal("+15558675310", read.To!.ToString());
    }

    private sealed record Delivery(MessageResource.StatusEnum? Status, PhoneNumber? To);
}
