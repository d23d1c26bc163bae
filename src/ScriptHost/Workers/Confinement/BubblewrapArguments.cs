namespace ScriptHost.Workers.Confinement;

/// <summary>
/// The <c>bwrap</c> options for one worker: every namespace unshared (so no network but a down loopback), no
/// capabilities, a new session, dying with the host; read-only binds of only the system libraries, the .NET runtime
/// and the worker's folder; a private <c>/proc</c> and a minimal <c>/dev</c>; and nothing writable at all.
/// </summary>
internal static class BubblewrapArguments
{
    /// <summary>
    /// Where the runtime loads its native dependencies from (libc, libstdc++, ICU, OpenSSL). Found by trial: /usr and
    /// the /lib directories suffice; /etc (passwd, ld.so.cache) is not needed and stays invisible.
    /// </summary>
    private static readonly string[] SystemDirectories = ["/usr", "/lib", "/lib64", "/lib32", "/libx32"];

    /// <summary>
    /// Binds for this machine's system directories: a directory is bound read-only, a merged-/usr symlink
    /// (<c>/lib → usr/lib</c>) is recreated as the same symlink.
    /// </summary>
    public static IReadOnlyList<string> SystemBindsOfThisMachine()
    {
        var arguments = new List<string>();
        foreach (var directory in SystemDirectories)
        {
            var info = new DirectoryInfo(directory);
            if (!info.Exists)
            {
                continue;
            }

            if (info.LinkTarget is { } target)
            {
                arguments.AddRange(["--symlink", target, directory]);
            }
            else
            {
                arguments.AddRange(["--ro-bind", directory, directory]);
            }
        }

        return arguments;
    }

    /// <summary>The options up to and including the <c>--</c> that ends them; the worker's command follows.</summary>
    public static IReadOnlyList<string> Build(IReadOnlyList<string> systemBinds, string dotnetRoot, string workerDirectory)
    {
        List<string> arguments =
        [
            "--unshare-all",
            "--die-with-parent",
            "--new-session",
            // Started by root, bwrap keeps every capability in the sandbox's namespaces, enough to remount "/" writable.
            "--cap-drop", "ALL",
            .. systemBinds,
        ];

        if (!IsUnderBoundDirectory(systemBinds, dotnetRoot))
        {
            arguments.AddRange(["--ro-bind", dotnetRoot, dotnetRoot]);
        }

        arguments.AddRange(
        [
            "--ro-bind", workerDirectory, workerDirectory,
            "--proc", "/proc",
            "--dev", "/dev",
            "--chdir", workerDirectory,
            // bwrap's own root and /dev are writable tmpfs until remounted; the runtime needs neither writable
            // (DOTNET_EnableDiagnostics=0 keeps it from creating its diagnostics socket in /tmp).
            "--remount-ro", "/dev",
            "--remount-ro", "/",
            "--",
        ]);
        return arguments;
    }

    private static bool IsUnderBoundDirectory(IReadOnlyList<string> systemBinds, string path)
    {
        for (var i = 0; i + 2 < systemBinds.Count; i++)
        {
            if (systemBinds[i] == "--ro-bind" && IsUnder(path, systemBinds[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnder(string path, string directory) =>
        path == directory || path.StartsWith(directory.TrimEnd('/') + "/", StringComparison.Ordinal);
}
