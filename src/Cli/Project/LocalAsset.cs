namespace ScriptHost.Cli.Project;

/// <summary>
/// An asset of the folder: <c>assets/img/logo.private.png</c> is <c>/img/logo.png</c>, private. The content is read
/// from <c>FullPath</c> only when it has to be uploaded (assets can be large); <c>Sha256</c> is of its raw bytes.
/// </summary>
internal sealed record LocalAsset(string Path, Visibility Visibility, string File, string FullPath, long Size, string Sha256);
