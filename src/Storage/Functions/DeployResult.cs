namespace ScriptHost.Storage.Functions;

/// <summary>The function after a deploy, the version number just created, and whether the function is new.</summary>
public sealed record DeployResult(FunctionRecord Function, int Version, bool IsNewFunction);
