namespace ScriptHost.Storage.Builds;

/// <summary>A shared-code file of a build (<see cref="Validation.SharedCodePath"/>), compiled with each of its functions.</summary>
public sealed record BuildLibFile(string Path, string Source, string Sha256);
