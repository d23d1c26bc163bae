using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage;

namespace ScriptHost.Environment;

/// <summary>
/// <c>/api/services/{service}/environment</c>: the service's variables. Changes apply to the next invocation, with no
/// redeploy; secret values are never shown back.
/// </summary>
internal static partial class EnvironmentEndpoints
{
    public static void MapEnvironment(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/environment").WithTags("Environment").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", ListAsync);
        group.MapPut("/{name}", SetAsync);
        group.MapDelete("/{name}", DeleteAsync);
    }

    private static async Task<Ok<List<VariableDto>>> ListAsync(string service, IScriptHostStore store, CancellationToken cancellationToken)
    {
        var variables = await store.Environment.ListVariablesAsync(service, cancellationToken);
        return TypedResults.Ok(variables.Select(v => new VariableDto(v.Name, v.IsSecret ? null : v.Value, v.IsSecret, v.UpdatedAt)).ToList());
    }

    private static async Task<Results<Ok<VariableSetDto>, ProblemHttpResult>> SetAsync(
        string service,
        string name,
        SetVariableRequest? body,
        IScriptHostStore store,
        LiveServices live,
        CancellationToken cancellationToken)
    {
        if (!VariableName().IsMatch(name))
        {
            return Problem.BadRequest("Variable names are 1-128 letters, digits or underscores, not starting with a digit.");
        }

        if (body?.Value is null)
        {
            return Problem.BadRequest("'value' is required.");
        }

        if (body.Value.Length > 64 * 1024)
        {
            return Problem.BadRequest("Variable values are at most 64 KB.");
        }

        var variable = await store.Environment.SetVariableAsync(service, name, body.Value, body.Secret ?? false, cancellationToken);
        await RefreshAsync(service, store, live, cancellationToken);
        return TypedResults.Ok(new VariableSetDto(variable.Name, variable.IsSecret, variable.UpdatedAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string service, string name, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken)
    {
        if (!await store.Environment.DeleteVariableAsync(service, name, cancellationToken))
        {
            return Problem.NotFound($"No variable '{name}'.");
        }

        await RefreshAsync(service, store, live, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Reloads the effective variables of every environment of the service from storage (a default changes what each
    /// sees, unless it overrides it); they apply from each environment's next invocation.
    /// </summary>
    internal static async Task RefreshAsync(string service, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken)
    {
        if (live.TryGetService(service, out var state))
        {
            foreach (var environment in state.Environments.Values)
            {
                var variables = await store.Environment.ListEffectiveVariablesAsync(service, environment.Name, cancellationToken);
                environment.ReplaceVariables(variables ?? []);
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
    private static partial Regex VariableName();
}
