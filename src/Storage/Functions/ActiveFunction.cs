namespace ScriptHost.Storage.Functions;

/// <summary>A function with its active version (source and image), as loaded once at start-up.</summary>
public sealed record ActiveFunction(FunctionRecord Function, FunctionVersion Version);
