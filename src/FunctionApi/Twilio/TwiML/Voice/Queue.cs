using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Queue&gt; noun of &lt;Dial&gt;: connects to the caller at the front of a queue.</summary>
public class Queue : TwiML
{
    /// <summary>Creates a &lt;Queue&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="name">The queue name.</param>
    /// <param name="url">TwiML URL to run for the dequeued caller before connecting.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    /// <param name="reservationSid">The TaskRouter reservation SID.</param>
    /// <param name="postWorkActivitySid">The TaskRouter activity SID to set after the call.</param>
    public Queue(
        string? name = null,
        Uri? url = null,
        Twilio.Http.HttpMethod? method = null,
        string? reservationSid = null,
        string? postWorkActivitySid = null)
        : base("Queue")
    {
        Name = name;
        Url = url;
        Method = method;
        ReservationSid = reservationSid;
        PostWorkActivitySid = postWorkActivitySid;
    }

    /// <summary>The queue name.</summary>
    public string? Name { get; set; }

    /// <summary>TwiML URL to run for the dequeued caller before connecting.</summary>
    public Uri? Url { get; set; }

    /// <summary>The HTTP method for <c>url</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>The TaskRouter reservation SID.</summary>
    public string? ReservationSid { get; set; }

    /// <summary>The TaskRouter activity SID to set after the call.</summary>
    public string? PostWorkActivitySid { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Queue Append(TwiML childElem) => (Queue)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Queue SetOption(string key, object value) => (Queue)base.SetOption(key, value);

    private protected override string? GetElementBody() => Name;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("url", Url);
        attributes.Add("method", Method);
        attributes.Add("reservationSid", ReservationSid);
        attributes.Add("postWorkActivitySid", PostWorkActivitySid);
    }
}
