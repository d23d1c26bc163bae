using System.Text.Json;
using Twilio.Base;
using Twilio.Clients;
using Twilio.Rest.Internal;
using Twilio.Types;

namespace Twilio.Rest.Api.V2010.Account;

/// <summary>
/// An SMS, MMS or chat message (<c>/2010-04-01/Accounts/{AccountSid}/Messages</c>): send one, fetch one, list them.
/// Shaped like Twilio's C# library, except that the client is always passed explicitly (<c>client:</c>).
/// </summary>
public sealed partial class MessageResource
{
    private MessageResource()
    {
    }

    /// <summary>The text of the message.</summary>
    public string? Body { get; private init; }

    /// <summary>How many segments the message was split into, as Twilio writes it (a number in text).</summary>
    public string? NumSegments { get; private init; }

    /// <summary>Inbound, or how an outbound message was sent.</summary>
    public DirectionEnum? Direction { get; private init; }

    /// <summary>The sender: a phone number, short code, alphanumeric sender ID or channel address.</summary>
    public PhoneNumber? From { get; private init; }

    /// <summary>The recipient: a phone number or channel address.</summary>
    public string? To { get; private init; }

    /// <summary>When the resource was last updated (UTC).</summary>
    public DateTime? DateUpdated { get; private init; }

    /// <summary>What the message cost, in <see cref="PriceUnit"/> (negative: a charge); null until known.</summary>
    public decimal? Price { get; private init; }

    /// <summary>The description of <see cref="ErrorCode"/>.</summary>
    public string? ErrorMessage { get; private init; }

    /// <summary>The resource's URI, relative to the API host.</summary>
    public string? Uri { get; private init; }

    /// <summary>The account the message belongs to.</summary>
    public string? AccountSid { get; private init; }

    /// <summary>How many media files the message carries, as Twilio writes it (a number in text).</summary>
    public string? NumMedia { get; private init; }

    /// <summary>Where the message is in its life (queued, sent, delivered, failed, ...).</summary>
    public StatusEnum? Status { get; private init; }

    /// <summary>The Messaging Service that sent the message, if any.</summary>
    public string? MessagingServiceSid { get; private init; }

    /// <summary>The message's SID (<c>SM...</c> or <c>MM...</c>).</summary>
    public string? Sid { get; private init; }

    /// <summary>When the message was sent or received (UTC); null for a message not yet sent.</summary>
    public DateTime? DateSent { get; private init; }

    /// <summary>When the resource was created (UTC).</summary>
    public DateTime? DateCreated { get; private init; }

    /// <summary>Twilio's error code when the message failed or was undelivered.</summary>
    public int? ErrorCode { get; private init; }

    /// <summary>The currency of <see cref="Price"/>, e.g. <c>USD</c>.</summary>
    public string? PriceUnit { get; private init; }

    /// <summary>The API version that handled the message.</summary>
    public string? ApiVersion { get; private init; }

    /// <summary>Related resources (<c>media</c>, <c>feedback</c>) by name, as URIs relative to the API host.</summary>
    public IReadOnlyDictionary<string, string>? SubresourceUris { get; private init; }

    /// <summary>
    /// Sends a message. Give <paramref name="from"/> or <paramref name="messagingServiceSid"/>, and a
    /// <paramref name="body"/> or <paramref name="mediaUrl"/> (or both).
    /// </summary>
    /// <param name="to">The recipient, e.g. <c>+14155550100</c> or <c>whatsapp:+14155550100</c>.</param>
    /// <param name="client">The client to send with, usually <c>Context.GetTwilioClient()</c>.</param>
    /// <param name="from">The sender: one of the account's numbers, a short code or an alphanumeric sender ID.</param>
    /// <param name="messagingServiceSid">The Messaging Service (<c>MG...</c>) that picks the sender instead of <paramref name="from"/>.</param>
    /// <param name="body">The text, up to 1,600 characters.</param>
    /// <param name="mediaUrl">Public URLs of media to attach (MMS / WhatsApp), at most 10.</param>
    /// <param name="statusCallback">Where Twilio posts the message's status changes.</param>
    /// <param name="pathAccountSid">The account to send from; the client's account when null.</param>
    /// <param name="cancellationToken">Cancels the call (the invocation's own cancellation always applies).</param>
    /// <returns>The new message, usually with status <c>queued</c> or <c>accepted</c>.</returns>
    /// <exception cref="Exceptions.TwilioApiException">Twilio refused the message.</exception>
    public static async Task<MessageResource> CreateAsync(
        PhoneNumber to,
        TwilioRestClient client,
        PhoneNumber? from = null,
        string? messagingServiceSid = null,
        string? body = null,
        IEnumerable<Uri>? mediaUrl = null,
        Uri? statusCallback = null,
        string? pathAccountSid = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(client);
        if (from is null && string.IsNullOrEmpty(messagingServiceSid))
        {
            throw new ArgumentException("A message needs a sender: pass from or messagingServiceSid.", nameof(from));
        }

        var media = mediaUrl?.ToList() ?? [];
        if (body is null && media.Count == 0)
        {
            throw new ArgumentException("A message needs content: pass body or mediaUrl.", nameof(body));
        }

        var form = new TwilioParameters()
            .Add("To", to)
            .Add("From", from)
            .Add("MessagingServiceSid", messagingServiceSid)
            .Add("Body", body)
            .AddEach("MediaUrl", media)
            .Add("StatusCallback", statusCallback);
        var path = TwilioPath.Account(pathAccountSid ?? client.AccountSid, "/Messages.json");
        var json = await client.SendAsync(TwilioRequest.Post(path, form), cancellationToken).ConfigureAwait(false);
        return FromJson(json);
    }

    /// <summary>Fetches one message.</summary>
    /// <param name="pathSid">The message's SID (<c>SM...</c> or <c>MM...</c>).</param>
    /// <param name="client">The client to ask with, usually <c>Context.GetTwilioClient()</c>.</param>
    /// <param name="pathAccountSid">The account the message belongs to; the client's account when null.</param>
    /// <param name="cancellationToken">Cancels the call (the invocation's own cancellation always applies).</param>
    /// <returns>The message.</returns>
    /// <exception cref="Exceptions.TwilioApiException">Twilio refused, e.g. 404 (code 20404) for an unknown SID.</exception>
    public static async Task<MessageResource> FetchAsync(
        string pathSid,
        TwilioRestClient client,
        string? pathAccountSid = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var path = TwilioPath.Account(pathAccountSid ?? client.AccountSid, "/Messages/" + TwilioPath.Segment(pathSid, nameof(pathSid)) + ".json");
        var json = await client.SendAsync(TwilioRequest.Get(path), cancellationToken).ConfigureAwait(false);
        return FromJson(json);
    }

    /// <summary>Lists messages, newest first, optionally filtered, reading pages until <paramref name="limit"/> (or all of them).</summary>
    /// <param name="client">The client to ask with, usually <c>Context.GetTwilioClient()</c>.</param>
    /// <param name="to">Only messages to this recipient.</param>
    /// <param name="from">Only messages from this sender.</param>
    /// <param name="dateSent">Only messages sent on this instant (<c>DateSent</c>, UTC).</param>
    /// <param name="dateSentBefore">Only messages sent on or before this instant (<c>DateSent&lt;</c>, UTC).</param>
    /// <param name="dateSentAfter">Only messages sent on or after this instant (<c>DateSent&gt;</c>, UTC).</param>
    /// <param name="pageSize">Records per page, 1 to 1000; by default the limit (capped) or Twilio's default.</param>
    /// <param name="limit">The most records to read; all of them when null (bounded only by the invocation's time limit).</param>
    /// <param name="pathAccountSid">The account to list; the client's account when null.</param>
    /// <param name="cancellationToken">Cancels the call (the invocation's own cancellation always applies).</param>
    /// <returns>The messages read.</returns>
    /// <exception cref="Exceptions.TwilioApiException">Twilio refused a page.</exception>
    public static Task<ResourceSet<MessageResource>> ReadAsync(
        TwilioRestClient client,
        PhoneNumber? to = null,
        PhoneNumber? from = null,
        DateTime? dateSent = null,
        DateTime? dateSentBefore = null,
        DateTime? dateSentAfter = null,
        int? pageSize = null,
        long? limit = null,
        string? pathAccountSid = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var query = new TwilioParameters()
            .Add("To", to)
            .Add("From", from)
            .Add("DateSent", dateSent)
            .Add("DateSent<", dateSentBefore)
            .Add("DateSent>", dateSentAfter)
            .Add("PageSize", PageReader.PageSizeFor(pageSize, limit));
        var path = TwilioPath.Account(pathAccountSid ?? client.AccountSid, "/Messages.json");
        return PageReader.ReadAsync(client, TwilioRequest.Get(path, query), "messages", FromJson, limit, cancellationToken);
    }

    /// <summary>Reads a message from Twilio's JSON for it (as the API or a status callback's body gives it).</summary>
    /// <param name="json">The message resource as JSON.</param>
    /// <returns>The message.</returns>
    public static MessageResource FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    internal static MessageResource FromJson(JsonElement json) => new()
    {
        Body = json.String("body"),
        NumSegments = json.String("num_segments"),
        Direction = json.String("direction") is { } direction ? (DirectionEnum)direction : null,
        From = json.String("from") is { } from ? new PhoneNumber(from) : null,
        To = json.String("to"),
        DateUpdated = json.Date("date_updated"),
        Price = json.Decimal("price"),
        ErrorMessage = json.String("error_message"),
        Uri = json.String("uri"),
        AccountSid = json.String("account_sid"),
        NumMedia = json.String("num_media"),
        Status = json.String("status") is { } status ? (StatusEnum)status : null,
        MessagingServiceSid = json.String("messaging_service_sid"),
        Sid = json.String("sid"),
        DateSent = json.Date("date_sent"),
        DateCreated = json.Date("date_created"),
        ErrorCode = json.Int("error_code"),
        PriceUnit = json.String("price_unit"),
        ApiVersion = json.String("api_version"),
        SubresourceUris = json.StringMap("subresource_uris"),
    };
}
