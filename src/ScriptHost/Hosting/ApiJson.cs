using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Editing;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Hosting;

/// <summary>
/// The management API's JSON, set once for every route and the OpenAPI document: its enums are written and read as
/// camelCase names (<c>"public"</c>, <c>"timedOut"</c>). Listed one by one rather than every enum, so what else the
/// host writes (<c>/health</c>'s worker exit reasons) keeps its spelling.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonOptions options)
    {
        var converters = options.SerializerOptions.Converters;
        converters.Add(new JsonStringEnumConverter<FunctionVisibility>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<AssetVisibility>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<FunctionLogLevel>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<InvocationStatus>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<ScriptDiagnosticSeverity>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<BuildStatus>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<BuildOrigin>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<BuildDiagnosticSeverity>(JsonNamingPolicy.CamelCase));
        converters.Add(new JsonStringEnumConverter<EditorIncomplete>(JsonNamingPolicy.CamelCase));
    }
}
