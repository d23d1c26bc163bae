using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Enqueue&gt; verb: puts the caller in a queue.</summary>
public class Enqueue : TwiML
{
    /// <summary>Creates a &lt;Enqueue&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="name">The queue name.</param>
    /// <param name="action">The URL Twilio requests when the caller leaves the queue.</param>
    /// <param name="maxQueueSize">The most callers the queue holds.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="waitUrl">The URL of hold music or TwiML while waiting.</param>
    /// <param name="waitUrlMethod">The HTTP method for <c>waitUrl</c>.</param>
    /// <param name="workflowSid">The TaskRouter workflow SID.</param>
    public Enqueue(
        string? name = null,
        Uri? action = null,
        int? maxQueueSize = null,
        Twilio.Http.HttpMethod? method = null,
        Uri? waitUrl = null,
        Twilio.Http.HttpMethod? waitUrlMethod = null,
        string? workflowSid = null)
        : base("Enqueue")
    {
        Name = name;
        Action = action;
        MaxQueueSize = maxQueueSize;
        Method = method;
        WaitUrl = waitUrl;
        WaitUrlMethod = waitUrlMethod;
        WorkflowSid = workflowSid;
    }

    /// <summary>The queue name.</summary>
    public string? Name { get; set; }

    /// <summary>The URL Twilio requests when the caller leaves the queue.</summary>
    public Uri? Action { get; set; }

    /// <summary>The most callers the queue holds.</summary>
    public int? MaxQueueSize { get; set; }

    /// <summary>The HTTP method for <c>action</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>The URL of hold music or TwiML while waiting.</summary>
    public Uri? WaitUrl { get; set; }

    /// <summary>The HTTP method for <c>waitUrl</c>.</summary>
    public Twilio.Http.HttpMethod? WaitUrlMethod { get; set; }

    /// <summary>The TaskRouter workflow SID.</summary>
    public string? WorkflowSid { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Enqueue Append(TwiML childElem) => (Enqueue)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Enqueue SetOption(string key, object value) => (Enqueue)base.SetOption(key, value);

    private protected override string? GetElementBody() => Name;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("action", Action);
        attributes.Add("maxQueueSize", MaxQueueSize);
        attributes.Add("method", Method);
        attributes.Add("waitUrl", WaitUrl);
        attributes.Add("waitUrlMethod", WaitUrlMethod);
        attributes.Add("workflowSid", WorkflowSid);
    }
}
