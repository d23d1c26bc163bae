using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Deploying;

/// <summary>How a deploy's outcome reads in the terminal (shared by <c>deploy</c> and <c>start</c>), and its one JSON document.</summary>
internal static class DeployReport
{
    public static void WriteWarnings(Terminal terminal, DeployOutcome outcome)
    {
        foreach (var warning in outcome.Warnings)
        {
            terminal.Error.WriteLine(warning);
        }
    }

    public static void WriteLines(Action<string> say, DeployOutcome outcome, bool useColour)
    {
        if (outcome.EnvironmentCreated)
        {
            say($"Created environment '{outcome.Environment}'.");
        }

        say($"Build {outcome.BuildId}: {outcome.Sent.Count} sent, {outcome.Unchanged.Count} unchanged (by SHA-256).");
        foreach (var item in outcome.Removed)
        {
            say($"  removed {item.Kind} {item.Path}");
        }

        if (outcome.WouldRemove.Count > 0)
        {
            say($"Kept, but not in this folder — would be removed (use --prune): {string.Join(", ", outcome.WouldRemove.Select(item => $"{item.Kind} {item.Path}"))}");
        }

        if (outcome.Variables.Count > 0)
        {
            say($"Variables set from .env: {string.Join(", ", outcome.Variables)}");
        }

        say($"Deployed build {outcome.BuildId} to {Colour.Bold(outcome.Environment, useColour)} (deployment {outcome.DeploymentId}).");
        foreach (var function in outcome.Urls)
        {
            say(function.Visibility == "public" ? $"  {function.Url}" : $"  {function.Url}  ({function.Visibility})");
        }
    }

    public static object Json(DeployOutcome outcome) => new
    {
        environment = outcome.Environment,
        environmentCreated = outcome.EnvironmentCreated,
        buildId = outcome.BuildId,
        deploymentId = outcome.DeploymentId,
        sent = outcome.Sent,
        unchanged = outcome.Unchanged,
        removed = outcome.Removed,
        wouldRemove = outcome.WouldRemove,
        warnings = outcome.Warnings,
        variables = outcome.Variables,
        urls = outcome.Urls,
    };
}
