using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Problems;

namespace ScriptHost.Serving;

/// <summary>
/// The host form of an environment's URL: with <see cref="ScriptHostOptions.EnvironmentHostSuffix"/> set, a request to
/// <c>{label}.{suffix}</c> is a request to the environment that label names, so its path is rewritten to the path form
/// (<c>/{service}@{environment}{path}</c>) before routing and every path there is a function or asset path — even
/// <c>/api/...</c>. An unknown label answers 404; requests to any other host pass untouched. Runs after the forwarded
/// headers, so a trusted proxy's X-Forwarded-Host counts, and before routing.
/// </summary>
internal sealed class EnvironmentHostRouting(RequestDelegate next, IOptions<ScriptHostOptions> options, LiveServices live)
{
    private readonly string? _suffix = options.Value.EnvironmentHostSuffix is { Length: > 0 } suffix ? "." + suffix : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (_suffix is null || LabelOf(context.Request.Host.Host, _suffix) is not { } label)
        {
            await next(context);
            return;
        }

        if (!live.TryResolveHostLabel(label, out var address))
        {
            await Problem.NotFound($"No service or environment is served at '{context.Request.Host.Host}'.").ExecuteAsync(context);
            return;
        }

        var request = context.Request;
        context.Features.Set(new HostRoutedRequest(request.Path, label));
        request.Path = new PathString("/" + address).Add(request.Path);
        await next(context);
    }

    /// <summary>The single label before <paramref name="dottedSuffix"/> in <paramref name="host"/>, lower-cased; null when the host is not one.</summary>
    private static string? LabelOf(string host, string dottedSuffix)
    {
        if (host.Length <= dottedSuffix.Length || !host.EndsWith(dottedSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var label = host[..^dottedSuffix.Length];
        return label.Contains('.', StringComparison.Ordinal) ? null : label.ToLowerInvariant();
    }
}
