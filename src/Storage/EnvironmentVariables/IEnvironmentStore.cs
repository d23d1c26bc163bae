namespace ScriptHost.Storage.EnvironmentVariables;

/// <summary>
/// Variables of a service: defaults every environment sees, and per-environment values that override a default of the
/// same name (<see cref="VariableScope"/>). The methods without a scope work on the defaults. (The folder is not called
/// <c>Environment</c> so the namespace does not hide <see cref="System.Environment"/>.)
/// </summary>
public interface IEnvironmentStore
{
    /// <summary>
    /// Creates or replaces a variable in <paramref name="scope"/>. Throws <see cref="Errors.StorageNotFoundException"/>
    /// if the service, or the scope's environment, does not exist.
    /// </summary>
    Task<EnvironmentVariable> SetVariableAsync(VariableScope scope, string name, string value, bool isSecret, CancellationToken cancellationToken);

    /// <summary>Deletes a variable of <paramref name="scope"/>; <c>false</c> if it did not exist.</summary>
    Task<bool> DeleteVariableAsync(VariableScope scope, string name, CancellationToken cancellationToken);

    /// <summary>The variables set in <paramref name="scope"/> itself (no merging), ordered by name.</summary>
    Task<IReadOnlyList<EnvironmentVariable>> ListVariablesAsync(VariableScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// What <paramref name="environment"/>'s functions see, read in one snapshot: <see cref="EffectiveVariables.Merge"/>
    /// of the defaults and the environment's values, ordered by name; <c>null</c> if the environment does not exist.
    /// </summary>
    Task<IReadOnlyList<EnvironmentVariable>?> ListEffectiveVariablesAsync(string service, string environment, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a service default. Throws <see cref="Errors.StorageNotFoundException"/> if the service does not exist.</summary>
    Task<EnvironmentVariable> SetVariableAsync(string service, string name, string value, bool isSecret, CancellationToken cancellationToken) =>
        SetVariableAsync(VariableScope.ServiceDefaults(service), name, value, isSecret, cancellationToken);

    /// <summary>Deletes a service default; <c>false</c> if it did not exist.</summary>
    Task<bool> DeleteVariableAsync(string service, string name, CancellationToken cancellationToken) =>
        DeleteVariableAsync(VariableScope.ServiceDefaults(service), name, cancellationToken);

    /// <summary>The service defaults, ordered by name.</summary>
    Task<IReadOnlyList<EnvironmentVariable>> ListVariablesAsync(string service, CancellationToken cancellationToken) =>
        ListVariablesAsync(VariableScope.ServiceDefaults(service), cancellationToken);
}
