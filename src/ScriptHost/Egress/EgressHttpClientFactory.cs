using Microsoft.Extensions.Options;
using ScriptHost.Configuration;

namespace ScriptHost.Egress;

/// <summary>Creates the <see cref="EgressHttpClient"/> a function gets as <c>Http</c>, one per invocation (a singleton).</summary>
internal sealed class EgressHttpClientFactory
{
    private readonly EgressTransport _transport;
    private readonly IReadOnlyList<string> _defaultHosts;
    private readonly EgressLimits _limits;

    public EgressHttpClientFactory(EgressTransport transport, IOptions<ScriptHostOptions> options)
        : this(transport, options?.Value.DefaultEgressHosts ?? throw new ArgumentNullException(nameof(options)), EgressLimits.Default)
    {
    }

    public EgressHttpClientFactory(EgressTransport transport, IEnumerable<string> defaultHosts, EgressLimits limits)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(defaultHosts);
        ArgumentNullException.ThrowIfNull(limits);
        _transport = transport;
        _defaultHosts = [.. defaultHosts];
        _limits = limits;
    }

    /// <summary>The client for one invocation of a service whose allowlist is <paramref name="serviceAllowlist"/>.</summary>
    public EgressHttpClient Create(IEnumerable<string> serviceAllowlist, CancellationToken invocationCancellation) =>
        new(_transport, new EgressPolicy(serviceAllowlist, _defaultHosts), _limits, invocationCancellation);
}
