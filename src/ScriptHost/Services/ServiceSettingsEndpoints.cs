using ScriptHost.Egress;
using ScriptHost.Functions;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Storage;
using ScriptHost.Storage.Services;

namespace ScriptHost.Services;

/// <summary>
/// <c>GET|PUT /api/services/{service}/settings</c>: which hosts the service's functions may call, which browser
/// origins may call them, and its key-value quota.
/// </summary>
internal static class ServiceSettingsEndpoints
{
    public sealed record SettingsDto(IReadOnlyList<string>? EgressAllowedHosts, IReadOnlyList<string>? CorsAllowedOrigins, int? KeyValueMaxEntries, long? KeyValueMaxBytes);

    public static void MapServiceSettings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/settings").WithTags("Services").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", Get);
        group.MapPut("/", PutAsync);
    }

    private static IResult Get(string service, FunctionRegistry registry)
    {
        registry.TryGetService(service, out var state);
        return TypedResults.Ok(Describe(state.Settings));
    }

    private static async Task<IResult> PutAsync(string service, SettingsDto? body, FunctionRegistry registry, IScriptHostStore store, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return Problem.BadRequest("Send the settings as JSON.");
        }

        var hosts = body.EgressAllowedHosts ?? [];
        if (hosts.FirstOrDefault(h => !EgressAllowlist.IsValidEntry(h)) is { } badHost)
        {
            return Problem.BadRequest($"'{badHost}' is not a valid egress host: use a host name or '*.domain.tld'.");
        }

        var origins = body.CorsAllowedOrigins ?? [];
        if (origins.FirstOrDefault(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || (uri.Scheme != "http" && uri.Scheme != "https")) is { } badOrigin)
        {
            return Problem.BadRequest($"'{badOrigin}' is not an origin: use scheme://host[:port].");
        }

        if (body.KeyValueMaxEntries is < 0 || body.KeyValueMaxBytes is < 0)
        {
            return Problem.BadRequest("Quotas cannot be negative.");
        }

        var settings = new ServiceSettings
        {
            EgressAllowedHosts = [.. hosts],
            CorsAllowedOrigins = [.. origins.Select(o => o.TrimEnd('/'))],
            KeyValueQuota = body.KeyValueMaxEntries is null && body.KeyValueMaxBytes is null ? null : new KeyValueQuota(body.KeyValueMaxEntries, body.KeyValueMaxBytes),
        };
        var updated = await store.Services.UpdateSettingsAsync(service, settings, cancellationToken);
        if (updated is null)
        {
            return Problem.NotFound($"No service '{service}'.");
        }

        if (registry.TryGetService(service, out var state))
        {
            state.Settings = updated.Settings;
        }

        return TypedResults.Ok(Describe(updated.Settings));
    }

    private static SettingsDto Describe(ServiceSettings settings) => new(
        [.. settings.EgressAllowedHosts],
        [.. settings.CorsAllowedOrigins],
        settings.KeyValueQuota?.MaxEntries,
        settings.KeyValueQuota?.MaxTotalBytes);
}
