namespace ScriptHost.Cli.Hosting;

/// <summary>
/// A failure the user can act on, with its message already worded for the one-line <c>error: …</c> on stderr (no
/// stack trace). <see cref="ExitCode"/> is <see cref="ExitCodes.Failure"/> unless the input itself was wrong.
/// </summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
