namespace ScriptHost.Storage.Builds;

/// <summary>A shared-code file of a new build; the store adds its SHA-256.</summary>
public sealed record BuildLibSource(string Path, string Source);
