namespace ScriptHost.Cli.Project;

/// <summary>
/// A function of the folder: <c>functions/sms/reply.protected.csx</c> is served at <c>Path</c> <c>/sms/reply</c>
/// (the store's form). <c>File</c> is relative to the folder's root with forward slashes, for diagnostics;
/// <c>Sha256</c> is the server's hash of <c>Source</c> (<see cref="ProjectHashing"/>).
/// </summary>
internal sealed record LocalFunction(string Path, Visibility Visibility, string File, string Source, string Sha256);
