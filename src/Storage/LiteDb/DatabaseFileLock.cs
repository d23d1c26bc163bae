using ScriptHost.Storage.Errors;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// An exclusive lock on a file beside the database, held while the store is open. LiteDB's direct mode takes no lock
/// other processes respect on Linux: seen here, a second server opened a database a first one was still writing, and
/// the file was corrupted. On Unix .NET implements <see cref="FileShare.None"/> with an advisory <c>flock</c>, which
/// every ScriptHost process honours, and the kernel drops it when the process dies (kill -9 included).
/// </summary>
internal sealed class DatabaseFileLock : IDisposable
{
    private readonly FileStream _lock;

    private DatabaseFileLock(FileStream lockFile) => _lock = lockFile;

    public static DatabaseFileLock Acquire(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId);
            }

            stream.Flush();
            return new DatabaseFileLock(stream);
        }
        catch (IOException exception)
        {
            throw new StorageConflictException(
                $"The database '{databasePath}' is in use by another process (lock file '{lockPath}'). " +
                "Only one ScriptHost may open a database at a time.",
                exception);
        }
    }

    public void Dispose() => _lock.Dispose();
}
