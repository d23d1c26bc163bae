using System.Globalization;

namespace ScriptHost.Benchmarks.Support;

/// <summary>
/// The worker processes of one server, found in /proc: the <c>dotnet</c> processes running
/// <c>ScriptHost.Worker.dll</c> below the server's pid. The bubblewrap wrappers between them are skipped (by their
/// command name), and so are other servers' workers on the same machine (by their ancestry).
/// </summary>
internal static class WorkerProcesses
{
    public static IReadOnlyList<int> Of(int serverPid)
    {
        var found = new List<int>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("ScriptHost.Worker.dll", StringComparison.Ordinal)
                    && File.ReadAllText(Path.Combine(directory, "comm")).Trim() == "dotnet"
                    && DescendsFrom(pid, serverPid))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // It ended while being read, or it is not ours to read.
            }
        }

        return found;
    }

    private static bool DescendsFrom(int pid, int ancestor)
    {
        for (var depth = 0; depth < 32 && pid > 1; depth++)
        {
            pid = ParentOf(pid);
            if (pid == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static int ParentOf(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("PPid:", StringComparison.Ordinal))
            {
                return int.Parse(line.AsSpan(5).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
