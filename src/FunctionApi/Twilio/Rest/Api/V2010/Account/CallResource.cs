using System.Text.Json;
using Twilio.Clients;
using Twilio.Rest.Internal;
using Twilio.Types;

namespace Twilio.Rest.Api.V2010.Account;

/// <summary>
/// A phone call (<c>/2010-04-01/Accounts/{AccountSid}/Calls</c>): place one, fetch one. Shaped like Twilio's C#
/// library, except that the client is always passed explicitly (<c>client:</c>).
/// </summary>
public sealed partial class CallResource
{
    private CallResource()
    {
    }

    /// <summary>The call's SID (<c>CA...</c>).</summary>
    public string? Sid { get; private init; }

    /// <summary>When the resource was created (UTC).</summary>
    public DateTime? DateCreated { get; private init; }

    /// <summary>When the resource was last updated (UTC).</summary>
    public DateTime? DateUpdated { get; private init; }

    /// <summary>The call that created this one (a leg of a <c>&lt;Dial&gt;</c>), if any.</summary>
    public string? ParentCallSid { get; private init; }

    /// <summary>The account the call belongs to.</summary>
    public string? AccountSid { get; private init; }

    /// <summary>Who was called: a phone number, SIP address or client identifier.</summary>
    public string? To { get; private init; }

    /// <summary><see cref="To"/> formatted for display.</summary>
    public string? ToFormatted { get; private init; }

    /// <summary>Who called: a phone number, SIP address or client identifier.</summary>
    public string? From { get; private init; }

    /// <summary><see cref="From"/> formatted for display.</summary>
    public string? FromFormatted { get; private init; }

    /// <summary>The account's number that received an inbound call.</summary>
    public string? PhoneNumberSid { get; private init; }

    /// <summary>Where the call is in its life (queued, ringing, in-progress, completed, ...).</summary>
    public StatusEnum? Status { get; private init; }

    /// <summary>When the call started (UTC); null before it is connected.</summary>
    public DateTime? StartTime { get; private init; }

    /// <summary>When the call ended (UTC); null while it lasts.</summary>
    public DateTime? EndTime { get; private init; }

    /// <summary>How long the call lasted, in seconds, as Twilio writes it.</summary>
    public string? Duration { get; private init; }

    /// <summary>What the call cost, in <see cref="PriceUnit"/>, as Twilio writes it; null until known.</summary>
    public string? Price { get; private init; }

    /// <summary>The currency of <see cref="Price"/>, e.g. <c>USD</c>.</summary>
    public string? PriceUnit { get; private init; }

    /// <summary><c>inbound</c>, <c>outbound-api</c> or <c>outbound-dial</c>.</summary>
    public string? Direction { get; private init; }

    /// <summary><c>human</c> or <c>machine</c> when answering machine detection was on.</summary>
    public string? AnsweredBy { get; private init; }

    /// <summary>The API version that created the call.</summary>
    public string? ApiVersion { get; private init; }

    /// <summary>The number an inbound call was forwarded from, if the carrier said.</summary>
    public string? ForwardedFrom { get; private init; }

    /// <summary>The group the call belongs to, if any.</summary>
    public string? GroupSid { get; private init; }

    /// <summary>The caller's name, when caller ID lookup is on.</summary>
    public string? CallerName { get; private init; }

    /// <summary>How long the call waited before it was placed, in milliseconds, as Twilio writes it.</summary>
    public string? QueueTime { get; private init; }

    /// <summary>The trunk the call used, if any.</summary>
    public string? TrunkSid { get; private init; }

    /// <summary>The resource's URI, relative to the API host.</summary>
    public string? Uri { get; private init; }

    /// <summary>Related resources (recordings, notifications, ...) by name, as URIs relative to the API host.</summary>
    public IReadOnlyDictionary<string, string>? SubresourceUris { get; private init; }

    /// <summary>
    /// Places a call. Say what happens when it connects with <paramref name="twiml"/> (the instructions themselves),
    /// <paramref name="url"/> (where Twilio fetches them) or <paramref name="applicationSid"/>.
    /// </summary>
    /// <param name="to">Who to call: a phone number, <c>sip:</c> address or <c>client:</c> identifier.</param>
    /// <param name="from">The caller ID: one of the account's numbers, or a <c>client:</c> identifier.</param>
    /// <param name="client">The client to call with, usually <c>Context.GetTwilioClient()</c>.</param>
    /// <param name="twiml">TwiML for the call, e.g. <c>new VoiceResponse().Say("Hi").ToString()</c>.</param>
    /// <param name="url">Where Twilio fetches the call's TwiML.</param>
    /// <param name="method">How Twilio requests <paramref name="url"/>: GET or POST (the default).</param>
    /// <param name="applicationSid">A TwiML App (<c>AP...</c>) whose voice URL handles the call.</param>
    /// <param name="statusCallback">Where Twilio sends the call's progress events.</param>
    /// <param name="statusCallbackEvent">Which events to send: <c>initiated</c>, <c>ringing</c>, <c>answered</c>, <c>completed</c>.</param>
    /// <param name="statusCallbackMethod">How Twilio requests <paramref name="statusCallback"/>.</param>
    /// <param name="timeout">Seconds to let the phone ring before giving up (Twilio's default is 60).</param>
    /// <param name="record">Whether to record the call.</param>
    /// <param name="pathAccountSid">The account to call from; the client's account when null.</param>
    /// <param name="cancellationToken">Cancels the call (the invocation's own cancellation always applies).</param>
    /// <returns>The new call, usually with status <c>queued</c>.</returns>
    /// <exception cref="Exceptions.TwilioApiException">Twilio refused the call.</exception>
    public static async Task<CallResource> CreateAsync(
        PhoneNumber to,
        PhoneNumber from,
        TwilioRestClient client,
        string? twiml = null,
        Uri? url = null,
        Http.HttpMethod? method = null,
        string? applicationSid = null,
        Uri? statusCallback = null,
        IEnumerable<string>? statusCallbackEvent = null,
        Http.HttpMethod? statusCallbackMethod = null,
        int? timeout = null,
        bool? record = null,
        string? pathAccountSid = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(client);
        if (twiml is null && url is null && applicationSid is null)
        {
            throw new ArgumentException("A call needs instructions: pass twiml, url or applicationSid.", nameof(twiml));
        }

        var form = new TwilioParameters()
            .Add("To", to)
            .Add("From", from)
            .Add("Twiml", twiml)
            .Add("Url", url)
            .Add("Method", method)
            .Add("ApplicationSid", applicationSid)
            .Add("StatusCallback", statusCallback)
            .AddEach("StatusCallbackEvent", statusCallbackEvent)
            .Add("StatusCallbackMethod", statusCallbackMethod)
            .Add("Timeout", timeout)
            .Add("Record", record);
        var path = TwilioPath.Account(pathAccountSid ?? client.AccountSid, "/Calls.json");
        var json = await client.SendAsync(TwilioRequest.Post(path, form), cancellationToken).ConfigureAwait(false);
        return FromJson(json);
    }

    /// <summary>Fetches one call.</summary>
    /// <param name="pathSid">The call's SID (<c>CA...</c>).</param>
    /// <param name="client">The client to ask with, usually <c>Context.GetTwilioClient()</c>.</param>
    /// <param name="pathAccountSid">The account the call belongs to; the client's account when null.</param>
    /// <param name="cancellationToken">Cancels the call (the invocation's own cancellation always applies).</param>
    /// <returns>The call.</returns>
    /// <exception cref="Exceptions.TwilioApiException">Twilio refused, e.g. 404 (code 20404) for an unknown SID.</exception>
    public static async Task<CallResource> FetchAsync(
        string pathSid,
        TwilioRestClient client,
        string? pathAccountSid = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var path = TwilioPath.Account(pathAccountSid ?? client.AccountSid, "/Calls/" + TwilioPath.Segment(pathSid, nameof(pathSid)) + ".json");
        var json = await client.SendAsync(TwilioRequest.Get(path), cancellationToken).ConfigureAwait(false);
        return FromJson(json);
    }

    /// <summary>Reads a call from Twilio's JSON for it.</summary>
    /// <param name="json">The call resource as JSON.</param>
    /// <returns>The call.</returns>
    public static CallResource FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    internal static CallResource FromJson(JsonElement json) => new()
    {
        Sid = json.String("sid"),
        DateCreated = json.Date("date_created"),
        DateUpdated = json.Date("date_updated"),
        ParentCallSid = json.String("parent_call_sid"),
        AccountSid = json.String("account_sid"),
        To = json.String("to"),
        ToFormatted = json.String("to_formatted"),
        From = json.String("from"),
        FromFormatted = json.String("from_formatted"),
        PhoneNumberSid = json.String("phone_number_sid"),
        Status = json.String("status") is { } status ? (StatusEnum)status : null,
        StartTime = json.Date("start_time"),
        EndTime = json.Date("end_time"),
        Duration = json.String("duration"),
        Price = json.String("price"),
        PriceUnit = json.String("price_unit"),
        Direction = json.String("direction"),
        AnsweredBy = json.String("answered_by"),
        ApiVersion = json.String("api_version"),
        ForwardedFrom = json.String("forwarded_from"),
        GroupSid = json.String("group_sid"),
        CallerName = json.String("caller_name"),
        QueueTime = json.String("queue_time"),
        TrunkSid = json.String("trunk_sid"),
        Uri = json.String("uri"),
        SubresourceUris = json.StringMap("subresource_uris"),
    };
}
