namespace Twilio.Jwt.AccessToken;

/// <summary>Lets a Conversations or Chat SDK client use a chat service.</summary>
public class ChatGrant : IGrant
{
    /// <summary>The chat service SID.</summary>
    public string? ServiceSid { get; set; }

    /// <summary>The endpoint identifier of this client.</summary>
    public string? EndpointId { get; set; }

    /// <summary>The role SID the user gets in the service.</summary>
    public string? DeploymentRoleSid { get; set; }

    /// <summary>The push credential SID for notifications.</summary>
    public string? PushCredentialSid { get; set; }

    /// <summary>Always <c>chat</c>.</summary>
    public string Key => "chat";

    /// <summary>The <c>chat</c> claim: <c>service_sid</c>, <c>endpoint_id</c>, <c>deployment_role_sid</c>, <c>push_credential_sid</c>, each only when set.</summary>
    public object Payload
    {
        get
        {
            var payload = new OrderedDictionary<string, object>();
            GrantFields.AddIfSet(payload, "service_sid", ServiceSid);
            GrantFields.AddIfSet(payload, "endpoint_id", EndpointId);
            GrantFields.AddIfSet(payload, "deployment_role_sid", DeploymentRoleSid);
            GrantFields.AddIfSet(payload, "push_credential_sid", PushCredentialSid);
            return payload;
        }
    }
}
