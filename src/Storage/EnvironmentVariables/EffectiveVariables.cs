namespace ScriptHost.Storage.EnvironmentVariables;

/// <summary>
/// The one rule for what an environment's functions see: the service's defaults, each replaced by the environment's
/// variable of the same name. Every backend answers <see cref="IEnvironmentStore.ListEffectiveVariablesAsync"/> with it.
/// </summary>
public static class EffectiveVariables
{
    /// <summary>The merged variables, ordered by name (ordinal).</summary>
    public static IReadOnlyList<EnvironmentVariable> Merge(IEnumerable<EnvironmentVariable> serviceDefaults, IEnumerable<EnvironmentVariable> environmentValues)
    {
        ArgumentNullException.ThrowIfNull(serviceDefaults);
        ArgumentNullException.ThrowIfNull(environmentValues);
        var merged = new Dictionary<string, EnvironmentVariable>(StringComparer.Ordinal);
        foreach (var variable in serviceDefaults)
        {
            merged[variable.Name] = variable;
        }

        foreach (var variable in environmentValues)
        {
            merged[variable.Name] = variable;
        }

        return [.. merged.Values.OrderBy(variable => variable.Name, StringComparer.Ordinal)];
    }
}
