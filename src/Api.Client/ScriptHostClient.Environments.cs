using ScriptHost.Api.Contracts.Deployments;
using ScriptHost.Api.Contracts.Environments;
using ScriptHost.Api.Contracts.WebhookTesting;

namespace ScriptHost.Api.Client;

public sealed partial class ScriptHostClient
{
    /// <summary><c>GET .../environments</c>.</summary>
    public Task<IReadOnlyList<EnvironmentDto>> ListEnvironmentsAsync(string service, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<EnvironmentDto>>($"api/services/{Segment(service)}/environments", cancellationToken);

    /// <summary><c>GET .../environments/{env}</c> (404 problem for an unknown one).</summary>
    public Task<EnvironmentDto> GetEnvironmentAsync(string service, string environment, CancellationToken cancellationToken = default) =>
        GetAsync<EnvironmentDto>($"api/services/{Segment(service)}/environments/{Segment(environment)}", cancellationToken);

    /// <summary><c>POST .../environments</c> (409 problem for an existing name).</summary>
    public Task<EnvironmentDto> CreateEnvironmentAsync(string service, string environment, CancellationToken cancellationToken = default) =>
        SendAsync<EnvironmentDto>(HttpMethod.Post, $"api/services/{Segment(service)}/environments", new CreateEnvironmentRequest(environment), cancellationToken);

    /// <summary><c>DELETE .../environments/{env}</c> (production cannot be deleted).</summary>
    public Task DeleteEnvironmentAsync(string service, string environment, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"api/services/{Segment(service)}/environments/{Segment(environment)}", body: null, cancellationToken);

    /// <summary><c>POST .../environments/{env}/deployments {buildId}</c>: makes a completed build live there.</summary>
    public Task<DeploymentDto> DeployBuildAsync(string service, string environment, int buildId, CancellationToken cancellationToken = default) =>
        SendAsync<DeploymentDto>(HttpMethod.Post, DeploymentsRoute(service, environment), new CreateDeploymentRequest(buildId, FromEnvironment: null), cancellationToken);

    /// <summary><c>POST .../environments/{env}/deployments {fromEnvironment}</c>: makes what <paramref name="fromEnvironment"/> serves live there.</summary>
    public Task<DeploymentDto> PromoteAsync(string service, string fromEnvironment, string toEnvironment, CancellationToken cancellationToken = default) =>
        SendAsync<DeploymentDto>(HttpMethod.Post, DeploymentsRoute(service, toEnvironment), new CreateDeploymentRequest(BuildId: null, fromEnvironment), cancellationToken);

    /// <summary><c>GET .../environments/{env}/deployments?limit=&amp;before=</c>: the history, newest first.</summary>
    public Task<IReadOnlyList<DeploymentDto>> ListDeploymentsAsync(
        string service, string environment, int? limit = null, int? before = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<DeploymentDto>>(DeploymentsRoute(service, environment) + Query(("limit", limit), ("before", before)), cancellationToken);

    /// <summary><c>POST .../environments/{env}/twilio-signature</c>: signs a request to one of the service's functions as Twilio would.</summary>
    public Task<TwilioSignatureDto> SignAsTwilioAsync(
        string service, string environment, TwilioSignatureRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<TwilioSignatureDto>(
            HttpMethod.Post, $"api/services/{Segment(service)}/environments/{Segment(environment)}/twilio-signature", request, cancellationToken);

    private static string DeploymentsRoute(string service, string environment) =>
        $"api/services/{Segment(service)}/environments/{Segment(environment)}/deployments";
}
