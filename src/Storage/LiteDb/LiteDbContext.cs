using System.Globalization;
using LiteDB;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// The one <see cref="LiteDatabase"/> every LiteDB store shares, and the single way they write.
/// </summary>
/// <remarks>
/// Durability. LiteDB 5.0.20's <c>Commit</c> only hands the transaction's pages to an in-process writer
/// thread (<c>DiskWriterQueue</c>) and returns; the pages reach the -log file later. A process killed
/// right after a commit returned can therefore lose it. <c>Checkpoint()</c> waits for that queue, copies
/// the log into the data file, fsyncs it and truncates the log, so every write here ends with one before it
/// is acknowledged: a completed write task survives kill -9 (and, thanks to the fsync, power loss).
/// The cost (one fsync per write) is paid by admin writes only; the hot path goes through the batched journal,
/// whose batches commit without a checkpoint (<see cref="WriteBatch"/>): their pages reach the -log file within
/// milliseconds and survive kill -9 from there (LiteDB replays confirmed log pages on open); the next checkpoint
/// (an admin write, an explicit flush, or LiteDB's own at 1,000 log pages) moves them into the data file.
///
/// Connection=direct: one process owns the file and keeps the engine open. Shared mode would reopen the
/// engine (and replay the log) on every call behind a named mutex, which is slower and gains nothing for a
/// single server process.
///
/// Writes are serialized by <see cref="_writeGate"/>: read-then-write sequences (next version number,
/// quota totals) must not interleave, and LiteDB transactions belong to the calling thread, so every write
/// runs synchronously, inside the gate, on the caller's thread. Reads run concurrently on LiteDB's snapshots.
/// </remarks>
internal sealed class LiteDbContext : IDisposable
{
    private readonly Lock _writeGate = new();

    private readonly DatabaseFileLock _fileLock;

    private LiteDbContext(LiteDatabase database, StorageOptions options, DatabaseFileLock fileLock)
    {
        Database = database;
        Options = options;
        _fileLock = fileLock;
    }

    public LiteDatabase Database { get; }

    public StorageOptions Options { get; }

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    public static LiteDbContext Open(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new StorageValidationException(nameof(options.DatabasePath), "The database path is empty.");
        }

        var fullPath = Path.GetFullPath(options.DatabasePath);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new ConnectionString
        {
            Filename = fullPath,
            Connection = ConnectionType.Direct,

            // LiteDB's default collation ignores case, which would make "/Sms" and "/sms" the same key.
            // Ordinal is fixed when the file is created, so it holds for the database's whole life.
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
        };

        var fileLock = DatabaseFileLock.Acquire(fullPath);
        LiteDatabase? database = null;
        try
        {
            database = new LiteDatabase(connection);
            LegacyTimelineMigration.Apply(database);
            LiteDbCollections.EnsureIndexes(database);
            EnvironmentsMigration.Apply(database, options.TimeProvider.GetUtcNow());
            return new LiteDbContext(database, options, fileLock);
        }
        catch
        {
            database?.Dispose();
            fileLock.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction and makes it durable; nested calls join the outer transaction.</summary>
    public T Write<T>(Func<LiteDatabase, T> work) => Write(work, checkpoint: true);

    public void Write(Action<LiteDatabase> work) => WriteBatch(work, checkpoint: true);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that is committed but checkpointed only when
    /// <paramref name="checkpoint"/> says so: the journal's path, where one fsync per batch cost more than the batch.
    /// </summary>
    public void WriteBatch(Action<LiteDatabase> work, bool checkpoint) =>
        Write(
            database =>
            {
                work(database);
                return true;
            },
            checkpoint);

    private T Write<T>(Func<LiteDatabase, T> work, bool checkpoint)
    {
        lock (_writeGate)
        {
            var ownsTransaction = Database.BeginTrans();
            T result;
            try
            {
                result = work(Database);
            }
            catch
            {
                if (ownsTransaction)
                {
                    Database.Rollback();
                }

                throw;
            }

            if (ownsTransaction)
            {
                Database.Commit();
                if (checkpoint)
                {
                    Database.Checkpoint();
                }
            }

            return result;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a read transaction, so everything it reads comes from one snapshot even while a
    /// write commits; inside a write it reads that write's transaction.
    /// </summary>
    public T Read<T>(Func<LiteDatabase, T> work)
    {
        var ownsTransaction = Database.BeginTrans();
        try
        {
            return work(Database);
        }
        finally
        {
            if (ownsTransaction)
            {
                Database.Rollback();
            }
        }
    }

    public void Dispose()
    {
        lock (_writeGate)
        {
            Database.Dispose();
            _fileLock.Dispose();
        }
    }
}
