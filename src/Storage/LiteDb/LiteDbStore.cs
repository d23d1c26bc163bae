using ScriptHost.Storage.Blobs;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.DeploymentEnvironments;
using ScriptHost.Storage.Deployments;
using ScriptHost.Storage.EnvironmentVariables;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Journal;
using ScriptHost.Storage.KeyValue;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// The embedded default store: one LiteDB file holding every concern. Open it once per process
/// (it takes the file exclusively) and dispose it on shutdown, which flushes the journal first.
/// </summary>
public sealed class LiteDbStore : IScriptHostStore
{
    private readonly LiteDbContext _context;
    private readonly BatchedStorageJournal _journal;
    private int _disposed;

    private LiteDbStore(LiteDbContext context)
    {
        _context = context;
        Services = new LiteDbServiceStore(context);
        Functions = new LiteDbFunctionStore(context);
        Environment = new LiteDbEnvironmentStore(context);
        KeyValue = new LiteDbKeyValueStore(context);
        DeploymentEnvironments = new LiteDbDeploymentEnvironmentStore(context);
        Builds = new LiteDbBuildStore(context);
        Deployments = new LiteDbDeploymentStore(context);
        Blobs = new LiteDbBlobStore(context);
        var logs = new LiteDbLogStore(context);
        var invocations = new LiteDbInvocationStore(context);
        var usage = new LiteDbUsageStore(context);
        Logs = logs;
        Invocations = invocations;
        Usage = usage;
        _journal = new BatchedStorageJournal(
            new LiteDbJournalBatchWriter(context, invocations, logs, usage),
            context.Options.JournalFlushInterval,
            context.Options.JournalBatchSize,
            context.Options.JournalCapacity);
    }

    public IServiceStore Services { get; }

    public IFunctionStore Functions { get; }

    public IEnvironmentStore Environment { get; }

    public IKeyValueStore KeyValue { get; }

    public ILogStore Logs { get; }

    public IInvocationStore Invocations { get; }

    public IUsageStore Usage { get; }

    public IStorageJournal Journal => _journal;

    public IDeploymentEnvironmentStore DeploymentEnvironments { get; }

    public IBuildStore Builds { get; }

    public IDeploymentStore Deployments { get; }

    public IBlobStore Blobs { get; }

    /// <summary>Opens (or creates) the database at <see cref="StorageOptions.DatabasePath"/>, creating its directory.</summary>
    public static LiteDbStore Open(StorageOptions options) => new(LiteDbContext.Open(options));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await _journal.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _context.Dispose();
        }
    }
}
