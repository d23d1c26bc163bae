namespace Twilio.Jwt.AccessToken;

/// <summary>Lets a Sync SDK client use a Sync service.</summary>
public class SyncGrant : IGrant
{
    /// <summary>The Sync service SID.</summary>
    public string? ServiceSid { get; set; }

    /// <summary>The endpoint identifier of this client.</summary>
    public string? EndpointId { get; set; }

    /// <summary>Always <c>data_sync</c>, the key Twilio gives Sync grants.</summary>
    public string Key => "data_sync";

    /// <summary>The <c>data_sync</c> claim: <c>service_sid</c>, <c>endpoint_id</c>, each only when set.</summary>
    public object Payload
    {
        get
        {
            var payload = new OrderedDictionary<string, object>();
            GrantFields.AddIfSet(payload, "service_sid", ServiceSid);
            GrantFields.AddIfSet(payload, "endpoint_id", EndpointId);
            return payload;
        }
    }
}
