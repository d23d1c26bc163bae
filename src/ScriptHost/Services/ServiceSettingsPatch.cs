using System.Collections.Immutable;
using System.Text.Json;
using ScriptHost.Egress;
using ScriptHost.Invocation;
using ScriptHost.Storage.Services;

namespace ScriptHost.Services;

/// <summary>
/// Applies a JSON merge patch (RFC 7396) to a service's settings, validating every field: a field that is present
/// replaces the stored value, <c>null</c> resets it to its default, an absent field is kept. Nothing is applied unless
/// every field is valid; the errors say which field (or list item) is wrong and why.
/// </summary>
internal static class ServiceSettingsPatch
{
    public const string EgressAllowedHosts = "egressAllowedHosts";
    public const string CorsAllowedOrigins = "corsAllowedOrigins";
    public const string KeyValueMaxEntries = "keyValueMaxEntries";
    public const string KeyValueMaxBytes = "keyValueMaxBytes";
    public const string RunInProcess = "runInProcess";

    /// <summary>Most entries in either list: a settings document, not a data store.</summary>
    public const int MaxListEntries = 100;

    /// <summary>Highest key-value entry quota a service can be given (100 times the host default).</summary>
    public const int MaxKeyValueEntries = 1_000_000;

    /// <summary>Highest key-value byte quota a service can be given (1 GiB, 16 times the host default).</summary>
    public const long MaxKeyValueBytes = 1L << 30;

    /// <summary>The settings <paramref name="patch"/> makes of <paramref name="current"/>, or the errors by field.</summary>
    public static ServiceSettings? Apply(ServiceSettings current, JsonElement patch, Dictionary<string, string[]> errors)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            errors[string.Empty] = ["Send the settings as a JSON object (absent fields are kept, null resets a field)."];
            return null;
        }

        var hosts = current.EgressAllowedHosts;
        var origins = current.CorsAllowedOrigins;
        var entries = current.KeyValueQuota?.MaxEntries;
        var bytes = current.KeyValueQuota?.MaxTotalBytes;
        var inProcess = current.RunInProcess;
        foreach (var property in patch.EnumerateObject())
        {
            switch (NameOf(property))
            {
                case EgressAllowedHosts:
                    hosts = ReadList(property, EgressAllowlist.TryParseEntry, errors) ?? hosts;
                    break;
                case CorsAllowedOrigins:
                    origins = ReadList(property, CorsPreflight.TryParseOrigin, errors) ?? origins;
                    if (origins.Length > 1 && origins.Contains(CorsPreflight.AnyOrigin))
                    {
                        errors[CorsAllowedOrigins] = ["'*' allows every origin: list it alone."];
                    }

                    break;
                case KeyValueMaxEntries when TryReadQuota(property, MaxKeyValueEntries, errors, out var maxEntries):
                    entries = (int?)maxEntries;
                    break;
                case KeyValueMaxBytes when TryReadQuota(property, MaxKeyValueBytes, errors, out var maxBytes):
                    bytes = maxBytes;
                    break;
                case RunInProcess when property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
                    inProcess = property.Value.ValueKind == JsonValueKind.True;
                    break;
                case RunInProcess:
                    errors[RunInProcess] = ["must be true, false or null (null: false, the functions run in workers)."];
                    break;
                case KeyValueMaxEntries or KeyValueMaxBytes:
                    // Out of range or not a number: TryReadQuota recorded the error.
                    break;
                case var unknown:
                    errors[unknown] = [$"is not a setting: the settings are {EgressAllowedHosts}, {CorsAllowedOrigins}, {KeyValueMaxEntries}, {KeyValueMaxBytes} and {RunInProcess}."];
                    break;
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return current with
        {
            EgressAllowedHosts = hosts,
            CorsAllowedOrigins = origins,
            KeyValueQuota = entries is null && bytes is null ? null : new KeyValueQuota(entries, bytes),
            RunInProcess = inProcess,
        };
    }

    private delegate bool EntryRule(string? entry, out string normalized, out string? error);

    /// <summary>The list a field sets (empty for null, each entry normalised, duplicates dropped), or null on errors.</summary>
    private static ImmutableArray<string>? ReadList(JsonProperty property, EntryRule rule, Dictionary<string, string[]> errors)
    {
        var value = property.Value;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors[property.Name] = ["must be an array of strings (or null for none)."];
            return null;
        }

        if (value.GetArrayLength() > MaxListEntries)
        {
            errors[property.Name] = [$"holds at most {MaxListEntries} entries."];
            return null;
        }

        var list = ImmutableArray.CreateBuilder<string>();
        var index = 0;
        var valid = true;
        foreach (var item in value.EnumerateArray())
        {
            var key = $"{property.Name}[{index++}]";
            if (!TryReadString(item, out var text))
            {
                errors[key] = ["must be a string of valid Unicode."];
                valid = false;
            }
            else if (!rule(text, out var normalized, out var error))
            {
                errors[key] = [$"'{text}' {error}."];
                valid = false;
            }
            else if (!list.Contains(normalized))
            {
                list.Add(normalized);
            }
        }

        return valid ? list.ToImmutable() : null;
    }

    /// <summary>A quota field's value (null: the host's default); false, with the error, when out of range or not a number.</summary>
    private static bool TryReadQuota(JsonProperty property, long max, Dictionary<string, string[]> errors, out long? value)
    {
        value = null;
        var json = property.Value;
        if (json.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out var number) && number >= 0 && number <= max)
        {
            value = number;
            return true;
        }

        errors[property.Name] = [$"must be a whole number from 0 to {max}, or null for the host's default."];
        return false;
    }

    /// <summary>A property's name; a placeholder for one that does not decode, which is never a setting.</summary>
    private static string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "(a name that is not valid Unicode)";
        }
    }

    /// <summary>A JSON string's text; false for other kinds and for text that does not decode (a lone surrogate escape).</summary>
    private static bool TryReadString(JsonElement element, out string text)
    {
        text = string.Empty;
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            text = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
