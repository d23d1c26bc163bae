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

    /// <summary>Every version each function path has had.</summary>
    IFunctionStore Functions { get; }

    IEnvironmentStore Environment { get; }

    IKeyValueStore KeyValue { get; }

    ILogStore Logs { get; }

    IInvocationStore Invocations { get; }

    IUsageStore Usage { get; }

    IStorageJournal Journal { get; }

    /// <summary>A service's environments (dev, stage, production …).</summary>
    IDeploymentEnvironmentStore DeploymentEnvironments { get; }

    IBuildStore Builds { get; }

    /// <summary>What is live on each environment, and each environment's history.</summary>
    IDeploymentStore Deployments { get; }

    /// <summary>Asset content and compiled images, content-addressed per service; builds name assets by their content's SHA-256.</summary>
    IBlobStore Blobs { get; }
}
