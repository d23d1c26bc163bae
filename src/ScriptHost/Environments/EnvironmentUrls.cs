using HostLabel = ScriptHost.Storage.Validation.HostLabel;
using ScriptHost.Api.Contracts.Environments;
using ScriptHost.Configuration;
using ScriptHost.Invocation;
using ScriptHost.Serving;

namespace ScriptHost.Environments;

/// <summary>
/// Where an environment's functions answer, as every DTO shows it: the path form <c>{base}/{service}@{environment}/</c>
/// (production at <c>{base}/{service}/</c>), and the host form <c>{scheme}://{label}.{suffix}/</c> when
/// <see cref="ScriptHostOptions.EnvironmentHostSuffix"/> is set and the label fits in DNS (else null).
/// </summary>
internal sealed class EnvironmentUrls(HttpRequest request, ScriptHostOptions options)
{
    private readonly string _baseUrl = PublicUrl.BaseOf(request, options);
    private readonly string _scheme = PublicUrl.SchemeOf(request, options);

    public EnvironmentUrlsDto For(string service, string environment)
    {
        var label = HostLabel.Of(service, environment);
        var host = options.EnvironmentHostSuffix is { Length: > 0 } suffix && HostLabel.FitsDns(label)
            ? $"{_scheme}://{label}.{suffix}/"
            : null;
        return new EnvironmentUrlsDto($"{_baseUrl}/{ServiceAddress.Format(service, environment)}/", host);
    }
}
