using ScriptHost.Api.Client;
using ScriptHost.Api.Contracts.Variables;

namespace ScriptHost.Cli.Variables;

/// <summary>
/// Where <c>scripthost env</c> reads and writes: the service's defaults (no environment), which every environment
/// inherits, or one environment's own values, which override them there.
/// </summary>
internal sealed record VariableScope(ScriptHostClient Client, string Service, string? Environment)
{
    /// <summary>How messages name the scope: "the service's defaults" or "environment 'dev'".</summary>
    public string Description => Environment is null ? $"the defaults of service '{Service}'" : $"environment '{Environment}' of service '{Service}'";

    public Task<IReadOnlyList<VariableDto>> ListAsync(bool effective, CancellationToken cancellationToken) =>
        Environment is null
            ? Client.ListServiceVariablesAsync(Service, cancellationToken)
            : Client.ListEnvironmentVariablesAsync(Service, Environment, effective, cancellationToken);

    public Task<VariableSetDto> SetAsync(string name, string value, bool secret, CancellationToken cancellationToken) =>
        Environment is null
            ? Client.SetServiceVariableAsync(Service, name, value, secret, cancellationToken)
            : Client.SetEnvironmentVariableAsync(Service, Environment, name, value, secret, cancellationToken);

    public Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        Environment is null
            ? Client.DeleteServiceVariableAsync(Service, name, cancellationToken)
            : Client.DeleteEnvironmentVariableAsync(Service, Environment, name, cancellationToken);
}
