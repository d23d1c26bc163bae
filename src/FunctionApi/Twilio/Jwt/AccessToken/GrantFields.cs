namespace Twilio.Jwt.AccessToken;

/// <summary>Shared rule of the grants: a field is written only when it has a non-empty value, as Twilio's Node library does.</summary>
internal static class GrantFields
{
    public static void AddIfSet(OrderedDictionary<string, object> payload, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            payload[name] = value;
        }
    }
}
