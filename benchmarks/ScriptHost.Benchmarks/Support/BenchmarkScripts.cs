using System.Globalization;

namespace ScriptHost.Benchmarks.Support;

/// <summary>
/// The benchmark's scripts, kept as <c>.csx</c> files (data, not strings in code). The SMS auto-reply is the
/// template users deploy, read from <c>scripts-samples/</c>; the others live in <c>benchmarks/scripts/</c>.
/// </summary>
internal static class BenchmarkScripts
{
    private static long _unique;

    public static string SmsAutoReply => File.ReadAllText(FindUp(Path.Combine("scripts-samples", "sms-auto-reply.csx"))
        ?? throw new FileNotFoundException("The SMS auto-reply template is missing.", "scripts-samples/sms-auto-reply.csx"));

    public static string Loop => Read("loop-1e6.csx");

    public static string TenLines => Read("compile-10-lines.csx");

    public static string TwoHundredLines => Read("compile-200-lines.csx");

    /// <summary>The 10 lines with a text reply instead of TwiML: compiles with or without Twilio's library referenced.</summary>
    public static string TenLinesText => Read("compile-10-lines-text.csx");

    /// <summary>One framework call past its time limit (deploy with a 500 ms limit and 256 MB): a worker killed at its 504.</summary>
    public static string FrameworkSpin => Read("abuse-framework-spin.csx");

    /// <summary>Doubles a string until the memory limit trips.</summary>
    public static string MemoryBomb => Read("abuse-memory.csx");

    /// <summary>Recursion until the stack limit trips.</summary>
    public static string DeepRecursion => Read("abuse-stack.csx");

    /// <summary>The wrk script that posts the SMS webhook and prints its result as one JSON line.</summary>
    public static string WrkSmsScriptPath => FindUp(Path.Combine("benchmarks", "load", "sms.lua"))
        ?? throw new FileNotFoundException("The wrk script is missing.", "benchmarks/load/sms.lua");

    /// <summary>
    /// <paramref name="template"/> with its UNIQUE marker replaced by a number never used before in this process, so
    /// every compile sees a new source (no cache, no interning can help).
    /// </summary>
    public static string Distinct(string template) =>
        template.Replace("UNIQUE", "u" + Interlocked.Increment(ref _unique).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// The SMS auto-reply, changed so its answer names <paramref name="version"/> (a new deploy, seen in the reply):
    /// every reply of the template starts its text with "Thanks", which becomes "v{version} Thanks".
    /// </summary>
    public static string SmsVersion(int version) => SmsMarked("v" + version.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The SMS auto-reply whose replies start with <paramref name="marker"/> ("{marker} Thanks ..."): a distinct source
    /// for each marker, and an answer that shows which source served it.
    /// </summary>
    public static string SmsMarked(string marker) => SmsAutoReply.Replace("Thanks", marker + " Thanks", StringComparison.Ordinal);

    public static string Read(string name)
    {
        var local = Path.Combine(AppContext.BaseDirectory, "scripts", name);
        return File.ReadAllText(File.Exists(local) ? local : FindUp(Path.Combine("benchmarks", "scripts", name))
            ?? throw new FileNotFoundException("Benchmark script not found.", name));
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
