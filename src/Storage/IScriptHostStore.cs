using ScriptHost.Storage.Assets;
using ScriptHost.Storage.EnvironmentVariables;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Journal;
using ScriptHost.Storage.KeyValue;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage;

/// <summary>
/// Everything ScriptHost persists, one focused store per concern over one database.
/// Every acknowledged write is durable (survives the process being killed) when its task completes,
/// except journal items, which are durable after <see cref="IStorageJournal.FlushAsync"/>.
/// Disposing flushes the journal and closes the database.
/// </summary>
public interface IScriptHostStore : IAsyncDisposable
{
    IServiceStore Services { get; }

    IFunctionStore Functions { get; }

    IEnvironmentStore Environment { get; }

    IAssetStore Assets { get; }

    IKeyValueStore KeyValue { get; }

    ILogStore Logs { get; }

    IInvocationStore Invocations { get; }

    IUsageStore Usage { get; }

    IStorageJournal Journal { get; }
}
