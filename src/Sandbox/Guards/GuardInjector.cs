namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// Rewrites an emitted script assembly so that every method entry, loop back-edge, exception handler and array
/// allocation calls into <see cref="ScriptGuard"/>.
/// </summary>
/// <remarks>PLACEHOLDER until the guard rewriter lands: returns the image unchanged. Not done.</remarks>
internal sealed class GuardInjector
{
    /// <summary>Changes whenever the injected code changes; part of every script key.</summary>
    public const string Version = "0-placeholder";

    public byte[] Inject(byte[] assemblyImage) => assemblyImage;
}
