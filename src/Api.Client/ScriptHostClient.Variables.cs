using ScriptHost.Api.Contracts.Variables;

namespace ScriptHost.Api.Client;

public sealed partial class ScriptHostClient
{
    /// <summary><c>GET .../environment</c>: the service's default variables (secrets redacted).</summary>
    public Task<IReadOnlyList<VariableDto>> ListServiceVariablesAsync(string service, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<VariableDto>>($"api/services/{Segment(service)}/environment", cancellationToken);

    /// <summary><c>PUT .../environment/{name}</c>: sets a default every environment sees.</summary>
    public Task<VariableSetDto> SetServiceVariableAsync(
        string service, string name, string value, bool? secret = null, CancellationToken cancellationToken = default) =>
        SendAsync<VariableSetDto>(HttpMethod.Put, $"api/services/{Segment(service)}/environment/{Segment(name)}", new SetVariableRequest(value, secret), cancellationToken);

    /// <summary><c>DELETE .../environment/{name}</c>.</summary>
    public Task DeleteServiceVariableAsync(string service, string name, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"api/services/{Segment(service)}/environment/{Segment(name)}", body: null, cancellationToken);

    /// <summary>
    /// <c>GET .../environments/{env}/variables[?effective=true]</c>: the environment's own variables, or (effective) the
    /// merged view its functions see.
    /// </summary>
    public Task<IReadOnlyList<VariableDto>> ListEnvironmentVariablesAsync(
        string service, string environment, bool effective = false, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<VariableDto>>(
            VariablesRoute(service, environment) + Query(("effective", effective ? true : null)), cancellationToken);

    /// <summary><c>PUT .../environments/{env}/variables/{name}</c>: overrides the default of that name there.</summary>
    public Task<VariableSetDto> SetEnvironmentVariableAsync(
        string service, string environment, string name, string value, bool? secret = null, CancellationToken cancellationToken = default) =>
        SendAsync<VariableSetDto>(HttpMethod.Put, $"{VariablesRoute(service, environment)}/{Segment(name)}", new SetVariableRequest(value, secret), cancellationToken);

    /// <summary><c>DELETE .../environments/{env}/variables/{name}</c>.</summary>
    public Task DeleteEnvironmentVariableAsync(string service, string environment, string name, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"{VariablesRoute(service, environment)}/{Segment(name)}", body: null, cancellationToken);

    private static string VariablesRoute(string service, string environment) =>
        $"api/services/{Segment(service)}/environments/{Segment(environment)}/variables";
}
