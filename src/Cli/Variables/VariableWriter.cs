using ScriptHost.Api.Client;
using ScriptHost.Api.Contracts.Variables;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Project.DotEnv;

namespace ScriptHost.Cli.Variables;

/// <summary>
/// Sets variables one by one in the order given, each secret when forced (<c>--secret</c>) or by the name rule
/// (<see cref="SecretNames"/>). A refusal names the variable and how many were set before it, so a half-applied
/// batch is never a surprise.
/// </summary>
internal static class VariableWriter
{
    public static async Task<IReadOnlyList<VariableSetDto>> SetAllAsync(
        VariableScope scope, IEnumerable<KeyValuePair<string, string>> variables, bool forceSecret, CancellationToken cancellationToken)
    {
        var set = new List<VariableSetDto>();
        foreach (var (name, value) in variables)
        {
            try
            {
                set.Add(await scope.SetAsync(name, value, forceSecret || SecretNames.IsSecret(name), cancellationToken));
            }
            catch (ApiProblemException problem)
            {
                var before = set.Count == 0 ? "nothing was set" : $"{set.Count} set before it: {string.Join(", ", set.Select(variable => variable.Name))}";
                throw new CliException($"{name}: {problem.OneLine} ({before}).");
            }
        }

        return set;
    }
}
