namespace ScriptHost.Storage.Functions;

/// <summary>A function with all its versions, oldest first.</summary>
public sealed record FunctionDetails(FunctionRecord Function, IReadOnlyList<FunctionVersionInfo> Versions);
