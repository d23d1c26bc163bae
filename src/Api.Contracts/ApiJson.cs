using System.Text.Json;
using System.Text.Json.Serialization;
using ScriptHost.Api.Contracts.Assets;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Api.Contracts.Functions;
using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Contracts;

/// <summary>
/// The management API's JSON, set once for the server's routes, its OpenAPI document and every client: web defaults
/// (camelCase properties) and the wire enums written and read as camelCase names (<c>"public"</c>, <c>"timedOut"</c>).
/// Listed one by one rather than every enum, so what else the host writes (<c>/health</c>'s worker exit reasons) keeps
/// its spelling.
/// </summary>
public static class ApiJson
{
    /// <summary>Options for a client: the web defaults plus <see cref="Configure"/>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Adds the API's enum converters to <paramref name="options"/> (the server's <c>ConfigureHttpJsonOptions</c> calls this).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var converters = options.Converters;
        converters.Add(new JsonStringEnumConverter<FunctionVisibility>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<AssetVisibility>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<FunctionLogLevel>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<InvocationStatus>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<ScriptDiagnosticSeverity>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<BuildStatus>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<BuildOrigin>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<BuildDiagnosticSeverity>(JsonNamingPolicy.CamelCase));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
