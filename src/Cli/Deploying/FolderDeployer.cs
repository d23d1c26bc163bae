using System.Net;
using ScriptHost.Api.Client;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Api.Contracts.Environments;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;
using ScriptHost.Cli.Project;
using ScriptHost.Cli.Project.DotEnv;
using ScriptHost.Cli.Variables;

namespace ScriptHost.Cli.Deploying;

/// <summary>
/// The one way a folder goes live, for <c>deploy</c> and <c>start</c> alike: scan it; get the environment (created when
/// missing) and its live build; send one bundle with only what changed (<see cref="BundlePlanner"/>); wait for the
/// build; on errors stop with every diagnostic at its local file (<see cref="BuildFailedException"/>, nothing
/// deployed); set the variables from <c>.env</c>; deploy the build; list the functions' URLs.
/// </summary>
internal sealed class FolderDeployer(ScriptHostClient client, string service, Terminal terminal)
{
    public async Task<DeployOutcome> DeployAsync(string root, string environment, bool prune, VariableTarget variables, CancellationToken cancellationToken)
    {
        var scan = ProjectScanner.Scan(root);
        if (scan.Problems.Count > 0)
        {
            throw new BuildFailedException($"the folder has {Count(scan.Problems.Count, "problem")}; nothing was deployed.", scan.Problems);
        }

        // A missing environment is created only once its first build has succeeded: a failed deploy leaves nothing behind.
        var target = await FindEnvironmentAsync(environment, cancellationToken);
        var live = target?.LiveBuildId is { } liveId ? await client.GetBuildAsync(service, liveId, cancellationToken) : null;
        var plan = BundlePlanner.Plan(scan, live, prune);

        BuildDto build;
        await using (Progress.Start(terminal, $"Uploading {Count(plan.Sent.Count, "file")} ({plan.Unchanged.Count} unchanged)…", out var update))
        {
            var queued = await CreateBuildAsync(plan, cancellationToken);
            update($"Building build {queued.Id}…");
            build = await client.WaitForBuildAsync(service, queued.Id, new Progress<BuildDto>(seen => update($"Build {seen.Id}: {seen.Status.ToString().ToLowerInvariant()}…")), cancellationToken);
        }

        if (build.Status == BuildStatus.Failed)
        {
            var lines = build.Diagnostics.Select(diagnostic => DiagnosticLines.Format(diagnostic, scan)).ToList();
            var errors = build.Diagnostics.Count(diagnostic => diagnostic.Severity == BuildDiagnosticSeverity.Error);
            var why = errors > 0 ? Count(errors, "compile error") : build.Reason ?? "no reason given";
            throw new BuildFailedException($"build {build.Id} failed ({why}); nothing was deployed, {environment} {(target is null ? "does not exist yet" : live is null ? "still serves nothing" : $"still serves build {live.Id}")}.", lines);
        }

        var created = target is null;
        if (created)
        {
            await client.CreateEnvironmentAsync(service, environment, cancellationToken);
        }

        var variableNames = await SetVariablesAsync(root, environment, variables, cancellationToken);
        var deployment = await client.DeployBuildAsync(service, environment, build.Id, cancellationToken);
        var functions = await client.ListFunctionsAsync(service, environment, cancellationToken);
        return new DeployOutcome(
            environment,
            created,
            build.Id,
            deployment.Id,
            plan.Sent,
            plan.Unchanged,
            plan.Removed,
            plan.WouldRemove,
            [.. build.Diagnostics.Select(diagnostic => DiagnosticLines.Format(diagnostic, scan))],
            variableNames,
            [.. functions.Select(function => new FunctionUrl(function.Path, function.Visibility.ToString().ToLowerInvariant(), function.Url))]);
    }

    /// <summary>The environment, or null when the service has none of that name (a missing service fails here, in one line).</summary>
    private async Task<EnvironmentDto?> FindEnvironmentAsync(string environment, CancellationToken cancellationToken)
    {
        var environments = await client.ListEnvironmentsAsync(service, cancellationToken);
        return environments.FirstOrDefault(candidate => string.Equals(candidate.Name, environment, StringComparison.Ordinal));
    }

    private async Task<BuildDto> CreateBuildAsync(BundlePlan plan, CancellationToken cancellationToken)
    {
        try
        {
            return await client.CreateBuildAsync(service, plan.Bundle, cancellationToken);
        }
        catch (ApiProblemException problem) when (problem.Status == HttpStatusCode.RequestEntityTooLarge)
        {
            throw new CliException(
                $"the server refused the bundle as too large (413, over its MaxBundleBytes); {Count(plan.Sent.Count, "file")} to send — make the largest assets smaller or host them elsewhere. Nothing was deployed.");
        }
    }

    private async Task<IReadOnlyList<string>> SetVariablesAsync(string root, string environment, VariableTarget target, CancellationToken cancellationToken)
    {
        var values = DotEnvFiles.Load(root, target == VariableTarget.Environment ? environment : null);
        var scope = new VariableScope(client, service, target == VariableTarget.Environment ? environment : null);
        var set = await VariableWriter.SetAllAsync(scope, values, forceSecret: false, cancellationToken);
        return [.. set.Select(variable => variable.Name)];
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
