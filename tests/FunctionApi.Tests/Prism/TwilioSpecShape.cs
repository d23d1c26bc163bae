using System.Text.Json;
using System.Text.RegularExpressions;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>What one of Twilio's OpenAPI descriptions says that the Prism transport bends requests and answers by.</summary>
/// <param name="ArrayFormFields">Every form field the spec types as an array, in any operation.</param>
/// <param name="ListPaths">The paths Twilio marks as lists (<c>x-twilio.pathType: list</c>) that can be read with GET.</param>
internal sealed record TwilioSpecShape(IReadOnlySet<string> ArrayFormFields, IReadOnlyList<Regex> ListPaths)
{
    public bool IsListPath(string path) => ListPaths.Any(pattern => pattern.IsMatch(path));

    public static TwilioSpecShape Read(string specPath)
    {
        using var spec = JsonDocument.Parse(File.ReadAllBytes(specPath));
        var arrayFormFields = new HashSet<string>(StringComparer.Ordinal);
        var listPaths = new List<Regex>();
        foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (path.Value.TryGetProperty("x-twilio", out var twilio)
                && twilio.TryGetProperty("pathType", out var pathType) && pathType.GetString() == "list"
                && path.Value.TryGetProperty("get", out _))
            {
                listPaths.Add(PathPattern(path.Name));
            }

            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.ValueKind == JsonValueKind.Object
                    && operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out var form)
                    && form.GetProperty("schema").TryGetProperty("properties", out var properties))
                {
                    arrayFormFields.UnionWith(properties.EnumerateObject()
                        .Where(property => property.Value.TryGetProperty("type", out var type) && type.GetString() == "array")
                        .Select(property => property.Name));
                }
            }
        }

        return new TwilioSpecShape(arrayFormFields, listPaths);
    }

    // "/2010-04-01/Accounts/{AccountSid}/Messages.json" matches that path with any one segment for each parameter.
    private static Regex PathPattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/]+?}", "[^/]+") + "$", RegexOptions.CultureInvariant);
}
