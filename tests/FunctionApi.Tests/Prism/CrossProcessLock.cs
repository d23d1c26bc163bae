using System.Diagnostics;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// A lock that test processes running at once (two test projects, both isolation modes, two worktrees' runs on one
/// checkout) all see: an exclusive open of a lock file, which .NET takes with <c>flock</c> on Unix and as a share
/// mode on Windows. Released when the returned stream is disposed, or when the process dies.
/// </summary>
internal static class CrossProcessLock
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    public static async Task<FileStream> AcquireAsync(string path, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < timeout)
            {
                await Task.Delay(RetryDelay);
            }
        }
    }
}
