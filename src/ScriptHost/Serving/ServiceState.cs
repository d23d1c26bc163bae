using System.Collections.Concurrent;
using ScriptHost.Storage.Services;
using EnvironmentName = ScriptHost.Storage.Validation.EnvironmentName;

namespace ScriptHost.Serving;

/// <summary>
/// One service as the server holds it in memory: its key hash, settings and environments (each with its live build
/// and variables, replaced whole, so an invocation sees one consistent state from start to end).
/// </summary>
internal sealed class ServiceState(string name, byte[] apiKeyHash, ServiceSettings settings)
{
    private volatile ServiceSettings _settings = settings;
    private volatile byte[] _apiKeyHash = apiKeyHash;
    private volatile PreviousKeyHash? _previousApiKeyHash;
    private int _overrunningCompiles;

    public string Name { get; } = name;

    /// <summary>
    /// Serialises deploys, rollbacks, deployments, environment and settings changes of this service so memory always
    /// shows the newest decision.
    /// </summary>
    public SemaphoreSlim ManagementLock { get; } = new(1, 1);

    public byte[] ApiKeyHash
    {
        get => _apiKeyHash;
        set => _apiKeyHash = value;
    }

    /// <summary>The key rotated out last, still accepted until it expires (see <see cref="Security.KeyRotation"/>).</summary>
    public PreviousKeyHash? PreviousApiKeyHash
    {
        get => _previousApiKeyHash;
        set => _previousApiKeyHash = value;
    }

    public ServiceSettings Settings
    {
        get => _settings;
        set => _settings = value;
    }

    /// <summary>The service's environments by name; <see cref="Production"/> always among them.</summary>
    public ConcurrentDictionary<string, EnvironmentState> Environments { get; } = new(StringComparer.Ordinal)
    {
        [EnvironmentName.Production] = new EnvironmentState(EnvironmentName.Production),
    };

    /// <summary>The environment <c>/{service}/...</c> and the single-item management routes mean.</summary>
    public EnvironmentState Production => Environments[EnvironmentName.Production];

    /// <summary>
    /// The environment a management read names (<c>?environment=</c>), production when it names none; false when the
    /// service has no such environment.
    /// </summary>
    public bool TryGetEnvironment(string? name, out EnvironmentState environment) =>
        Environments.TryGetValue(name ?? EnvironmentName.Production, out environment!);

    /// <summary>
    /// True while a compile of this service answered at its limit but keeps running (a compiler phase that ignores its
    /// token). One such compile may hold a core; refusing the service's next compiles until it stops keeps one tenant
    /// from pinning every core with repeated deploys.
    /// </summary>
    public bool HasOverrunningCompile => Volatile.Read(ref _overrunningCompiles) > 0;

    /// <summary>Counts <paramref name="compile"/> as overrunning until its thread stops, if it has not already.</summary>
    public void TrackOverrun(Sandbox.Compilation.CompileResult compile)
    {
        if (compile.Stopped.IsCompleted)
        {
            return;
        }

        Interlocked.Increment(ref _overrunningCompiles);
        compile.Stopped.ContinueWith(
            _ => Interlocked.Decrement(ref _overrunningCompiles),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
