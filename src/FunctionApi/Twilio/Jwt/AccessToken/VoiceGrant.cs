namespace Twilio.Jwt.AccessToken;

/// <summary>Lets a Voice SDK client place calls through a TwiML application and, optionally, receive calls.</summary>
public class VoiceGrant : IGrant
{
    /// <summary>Whether the client can receive incoming calls.</summary>
    public bool IncomingAllow { get; set; }

    /// <summary>The TwiML application SID that outgoing calls run.</summary>
    public string? OutgoingApplicationSid { get; set; }

    /// <summary>Parameters passed to the TwiML application on outgoing calls.</summary>
#pragma warning disable CA2227 // Settable like Twilio's library, so object initializers from its docs compile.
    public Dictionary<string, string>? OutgoingApplicationParams { get; set; }
#pragma warning restore CA2227

    /// <summary>The push credential SID for incoming-call notifications on mobile.</summary>
    public string? PushCredentialSid { get; set; }

    /// <summary>The endpoint identifier of this client.</summary>
    public string? EndpointId { get; set; }

    /// <summary>Always <c>voice</c>.</summary>
    public string Key => "voice";

    /// <summary>The <c>voice</c> claim: <c>incoming</c>, <c>outgoing</c>, <c>push_credential_sid</c>, <c>endpoint_id</c>, each only when set.</summary>
    public object Payload
    {
        get
        {
            var payload = new OrderedDictionary<string, object>();
            if (IncomingAllow)
            {
                payload["incoming"] = new OrderedDictionary<string, object> { ["allow"] = true };
            }

            if (!string.IsNullOrEmpty(OutgoingApplicationSid))
            {
                var outgoing = new OrderedDictionary<string, object> { ["application_sid"] = OutgoingApplicationSid };
                if (OutgoingApplicationParams is not null)
                {
                    outgoing["params"] = OutgoingApplicationParams;
                }

                payload["outgoing"] = outgoing;
            }

            GrantFields.AddIfSet(payload, "push_credential_sid", PushCredentialSid);
            GrantFields.AddIfSet(payload, "endpoint_id", EndpointId);
            return payload;
        }
    }
}
