namespace ScriptHost.Serving;

/// <summary>
/// Marks a request that reached an environment by host name (<c>{label}.{suffix}</c>): the path it was sent with,
/// before <see cref="EnvironmentHostRouting"/> prefixed the environment's address, and the host label that chose it.
/// What the caller used — and signed — is this path on this host.
/// </summary>
internal sealed record HostRoutedRequest(PathString OriginalPath, string Label);
