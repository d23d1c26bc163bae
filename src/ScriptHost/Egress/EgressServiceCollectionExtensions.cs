using Microsoft.Extensions.Options;
using ScriptHost.Configuration;

namespace ScriptHost.Egress;

/// <summary>Registers outbound HTTP for functions.</summary>
internal static class EgressServiceCollectionExtensions
{
    /// <summary>Adds the shared egress transport (one connection pool), the OS resolver and the per-invocation client factory.</summary>
    public static IServiceCollection AddEgress(this IServiceCollection services)
    {
        services.AddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<IEndpointConnector, SocketEndpointConnector>();
        services.AddSingleton<EgressTransport>();
        services.AddSingleton(provider => new EgressHttpClientFactory(
            provider.GetRequiredService<EgressTransport>(),
            provider.GetRequiredService<IOptions<ScriptHostOptions>>()));
        return services;
    }
}
