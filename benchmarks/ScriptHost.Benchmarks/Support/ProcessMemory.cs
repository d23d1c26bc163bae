using System.Diagnostics;
using System.Globalization;

namespace ScriptHost.Benchmarks.Support;

/// <summary>Resident memory of a process, from /proc (VmRSS, VmHWM) where available.</summary>
internal static class ProcessMemory
{
    public static (double RssMb, double PeakRssMb) Of(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            using var process = Process.GetProcessById(pid);
            return (process.WorkingSet64 / 1048576.0, process.PeakWorkingSet64 / 1048576.0);
        }

        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = KilobytesOf(line) / 1024.0;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = KilobytesOf(line) / 1024.0;
            }
        }

        return (rss, peak);
    }

    public static (double RssMb, double PeakRssMb) OfThisProcess() => Of(Environment.ProcessId);

    /// <summary>VmRSS of <paramref name="pid"/> from /proc, or null when it has ended (or there is no /proc).</summary>
    public static double? TryRssMb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return KilobytesOf(line) / 1024.0;
                }
            }
        }
        catch (IOException)
        {
            // Ended, or no /proc here.
        }

        return null;
    }

    private static long KilobytesOf(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
