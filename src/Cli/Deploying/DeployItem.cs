namespace ScriptHost.Cli.Deploying;

/// <summary>What a deploy did with one item: its kind (function, asset, lib) and its name as the folder shows it.</summary>
internal sealed record DeployItem(string Kind, string Path);
