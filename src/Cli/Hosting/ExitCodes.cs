namespace ScriptHost.Cli.Hosting;

/// <summary>The process exit codes, by the usual conventions (sysexits-style 2 for usage, 128 + SIGINT for ctrl+C).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work failed: the API refused, the build had errors, the server was unreachable, the key was wrong.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong: an unknown option, a missing argument, a value out of range.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by ctrl+C (128 + SIGINT), as shells report it.</summary>
    public const int Interrupted = 130;
}
