using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Variables;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.EnvironmentVariables;

namespace ScriptHost.Environment;

/// <summary>
/// Variables. <c>/api/services/{service}/environment</c>: the service's defaults, which every environment sees;
/// <c>/api/services/{service}/environments/{environment}/variables</c>: one environment's own values, each overriding
/// the default of the same name (<c>?effective=true</c> lists the merged view its functions see). Changes apply to
/// the next invocation of every environment they affect, with no redeploy; secret values are never shown back.
/// </summary>
internal static partial class EnvironmentEndpoints
{
    public static void MapEnvironment(this IEndpointRouteBuilder app)
    {
        var defaults = app.MapGroup("/api/services/{service}/environment").WithTags("Environment").AddEndpointFilter<ServiceAccessFilter>();
        defaults.MapGet("/", ListDefaultsAsync);
        defaults.MapPut("/{name}", SetDefaultAsync);
        defaults.MapDelete("/{name}", DeleteDefaultAsync);

        var scoped = app.MapGroup("/api/services/{service}/environments/{environment}/variables").WithTags("Environment").AddEndpointFilter<ServiceAccessFilter>();
        scoped.MapGet("/", ListScopedAsync);
        scoped.MapPut("/{name}", SetScopedAsync);
        scoped.MapDelete("/{name}", DeleteScopedAsync);
    }

    private static async Task<Ok<List<VariableDto>>> ListDefaultsAsync(string service, IScriptHostStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToDtos(await store.Environment.ListVariablesAsync(service, cancellationToken)));

    private static Task<Results<Ok<VariableSetDto>, ProblemHttpResult>> SetDefaultAsync(
        string service, string name, SetVariableRequest? body, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken) =>
        SetAsync(VariableScope.ServiceDefaults(service), name, body, store, live, cancellationToken);

    private static Task<Results<NoContent, ProblemHttpResult>> DeleteDefaultAsync(
        string service, string name, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken) =>
        DeleteAsync(VariableScope.ServiceDefaults(service), name, store, live, cancellationToken);

    private static async Task<Results<Ok<List<VariableDto>>, ProblemHttpResult>> ListScopedAsync(
        string service, string environment, bool? effective, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken)
    {
        if (UnknownEnvironment(service, environment, live) is { } unknown)
        {
            return unknown;
        }

        var variables = effective == true
            ? await store.Environment.ListEffectiveVariablesAsync(service, environment, cancellationToken) ?? []
            : await store.Environment.ListVariablesAsync(VariableScope.Of(service, environment), cancellationToken);
        return TypedResults.Ok(ToDtos(variables));
    }

    private static async Task<Results<Ok<VariableSetDto>, ProblemHttpResult>> SetScopedAsync(
        string service, string environment, string name, SetVariableRequest? body, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken) =>
        UnknownEnvironment(service, environment, live) ?? await SetAsync(VariableScope.Of(service, environment), name, body, store, live, cancellationToken);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteScopedAsync(
        string service, string environment, string name, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken) =>
        UnknownEnvironment(service, environment, live) ?? await DeleteAsync(VariableScope.Of(service, environment), name, store, live, cancellationToken);

    private static async Task<Results<Ok<VariableSetDto>, ProblemHttpResult>> SetAsync(
        VariableScope scope,
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

        var variable = await store.Environment.SetVariableAsync(scope, name, body.Value, body.Secret ?? false, cancellationToken);
        await RefreshAsync(scope, store, live, cancellationToken);
        return TypedResults.Ok(new VariableSetDto(variable.Name, variable.IsSecret, variable.UpdatedAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        VariableScope scope, string name, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken)
    {
        if (!await store.Environment.DeleteVariableAsync(scope, name, cancellationToken))
        {
            return Problem.NotFound($"No variable '{name}'.");
        }

        await RefreshAsync(scope, store, live, cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult? UnknownEnvironment(string service, string environment, LiveServices live) =>
        live.TryGetService(service, out var state) && state.Environments.ContainsKey(environment)
            ? null
            : Problem.UnknownEnvironment(service, environment);

    private static List<VariableDto> ToDtos(IEnumerable<EnvironmentVariable> variables) =>
        [.. variables.Select(v => new VariableDto(v.Name, v.IsSecret ? null : v.Value, v.IsSecret, v.UpdatedAt))];

    /// <summary>
    /// Reloads the effective variables of the environments <paramref name="scope"/> affects (every environment for a
    /// service default) from storage; they apply from each environment's next invocation.
    /// </summary>
    private static async Task RefreshAsync(VariableScope scope, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken)
    {
        if (!live.TryGetService(scope.Service, out var state))
        {
            return;
        }

        foreach (var environment in state.Environments.Values)
        {
            if (scope.Environment is null || scope.Environment == environment.Name)
            {
                var variables = await store.Environment.ListEffectiveVariablesAsync(scope.Service, environment.Name, cancellationToken);
                environment.ReplaceVariables(variables ?? []);
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
    private static partial Regex VariableName();
}
