namespace ScriptHost.Cli.Deploying;

/// <summary>Where a deploy puts the folder's <c>.env</c>: the environment's own variables, or the service's defaults (<c>start</c>).</summary>
internal enum VariableTarget
{
    Environment,
    Service,
}
