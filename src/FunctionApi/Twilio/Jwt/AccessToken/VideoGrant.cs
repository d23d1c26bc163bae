namespace Twilio.Jwt.AccessToken;

/// <summary>Lets a Video SDK client join rooms, or only the named room.</summary>
public class VideoGrant : IGrant
{
    /// <summary>The room name or SID the client may join; any room when not set.</summary>
    public string? Room { get; set; }

    /// <summary>Always <c>video</c>.</summary>
    public string Key => "video";

    /// <summary>The <c>video</c> claim: <c>room</c>, only when set.</summary>
    public object Payload
    {
        get
        {
            var payload = new OrderedDictionary<string, object>();
            GrantFields.AddIfSet(payload, "room", Room);
            return payload;
        }
    }
}
