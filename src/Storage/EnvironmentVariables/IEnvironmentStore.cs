namespace ScriptHost.Storage.EnvironmentVariables;

/// <summary>
/// Per-service environment variables. (The folder is not called <c>Environment</c> so the namespace
/// does not hide <see cref="System.Environment"/>.)
/// </summary>
public interface IEnvironmentStore
{
    /// <summary>Creates or replaces a variable. Throws <see cref="Errors.StorageNotFoundException"/> if the service does not exist.</summary>
    Task<EnvironmentVariable> SetVariableAsync(string service, string name, string value, bool isSecret, CancellationToken cancellationToken);

    /// <summary>Deletes a variable; <c>false</c> if it did not exist.</summary>
    Task<bool> DeleteVariableAsync(string service, string name, CancellationToken cancellationToken);

    /// <summary>The service's variables, ordered by name.</summary>
    Task<IReadOnlyList<EnvironmentVariable>> ListVariablesAsync(string service, CancellationToken cancellationToken);
}
