using System.Diagnostics;
using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Serving;
using ScriptHost.Workers.Confinement;

namespace ScriptHost.Workers;

/// <summary>
/// The worker processes. A few generic workers are kept started; a service's first invocation binds one to it, and
/// from then on that worker serves that service alone. A worker is recycled after its share of invocations or after
/// any limit trips in it, and killed when it overruns or breaks; replacements start in the background, so no other
/// service waits for them.
/// </summary>
internal sealed class WorkerPool(
    WorkerLauncher launcher,
    TripPenalties penalties,
    IOptions<WorkerPoolOptions> options,
    IOptions<ScriptHostOptions> hostOptions,
    ILogger<WorkerPool> logger) : IHostedService, IRemoteLoads
{
    /// <summary>How long after a failed pre-start the pool tries again.</summary>
    private static readonly TimeSpan StartRetryDelay = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly List<WorkerProcess> _idle = [];
    private readonly Dictionary<string, List<WorkerProcess>> _bound = new(StringComparer.Ordinal);
    private readonly HashSet<WorkerProcess> _all = [];
    private readonly Dictionary<WorkerExitReason, long> _ended = [];

    // The start in flight for each service (see StartForAsync).
    private readonly Dictionary<string, ServiceStart> _startingFor = new(StringComparer.Ordinal);

    // How many times each service was released: a call that waited for a worker across a release does not bind one.
    private readonly Dictionary<string, int> _releases = new(StringComparer.Ordinal);
    private int _starting;
    private int _nextId;
    private long _started;
    private bool _stopping;

    // In-process hosts keep no workers ready; a service the admin left in workers starts its own on first use.
    private int Prestarted => hostOptions.Value.Isolation == IsolationMode.Process ? Options.Prestarted : 0;

    private WorkerPoolOptions Options => options.Value;

    /// <summary>Starts the pre-started workers in the background.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        launcher.DetectNow();
        Replenish();
        return Task.CompletedTask;
    }

    /// <summary>Ends every worker.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        List<WorkerProcess> all;
        lock (_lock)
        {
            _stopping = true;
            all = [.. _all];
        }

        foreach (var worker in all)
        {
            worker.Kill(WorkerExitReason.HostStopping);
        }

        try
        {
            await Task.WhenAll(all.Select(w => w.Exited)).WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Every worker was sent SIGKILL above; waiting only observes their ends. A host that stops must not fail
            // because an exit went unobserved on a loaded machine (seen once in CI, a test host's stop at load ~10).
            logger.LogWarning(
                "Stopping: {Count} killed worker(s) not seen to exit within 10 s.", all.Count(worker => !worker.Exited.IsCompleted));
        }
    }

    /// <summary>
    /// A worker for <paramref name="service"/> with room for one more invocation, counted as running it: one already
    /// bound to the service, else a pre-started one bound now, else one started for it (one start per service at a
    /// time; its other callers wait for that one).
    /// </summary>
    /// <exception cref="WorkerPoolExhaustedException">Every worker is bound to a busy service and none may be added.</exception>
    /// <exception cref="WorkerStartFailedException">The worker started for the service did not start.</exception>
    public async Task<WorkerProcess> AcquireAsync(string service, CancellationToken cancellationToken)
    {
        int? releasesAtFirstLook = null;
        while (true)
        {
            ServiceStart? start;
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_stopping, this);
                var releases = _releases.GetValueOrDefault(service);
                if (releases != (releasesAtFirstLook ??= releases))
                {
                    throw new WorkerStartFailedException("The service was deleted or moved in-process while this call waited for a worker.");
                }

                var mine = _bound.TryGetValue(service, out var list) ? list : null;
                if (penalties.EndIfDue(service) && mine is not null)
                {
                    Reweigh(service, mine);
                }

                var leastBusy = mine?.Where(w => !w.Retiring).MinBy(w => w.InFlight);
                if (leastBusy is not null && (leastBusy.InFlight < Options.MaxConcurrentPerWorker || mine!.Count >= Options.MaxWorkersPerService))
                {
                    return Take(leastBusy);
                }

                // A penalized service starts its own worker under its penalty's cap rather than taking a pre-started one:
                // otherwise every worker it ends is replaced at full speed in the background, however it is weighed.
                var penalized = penalties.IsPenalized(service);
                if (_idle.Count > 0 && !penalized)
                {
                    var worker = _idle[^1];
                    _idle.RemoveAt(_idle.Count - 1);
                    Bind(worker, service);
                    Replenish();
                    return Take(worker);
                }

                if (!_startingFor.TryGetValue(service, out start))
                {
                    if (_all.Count + _starting >= Options.MaxWorkers)
                    {
                        if (leastBusy is not null)
                        {
                            return Take(leastBusy);
                        }

                        // Make room: the longest-idle worker of another service goes (it finishes nothing, it runs nothing).
                        var evicted = _bound.Values.SelectMany(w => w).Where(w => w.InFlight == 0 && !w.Retiring).MinBy(w => w.LastUsedTimestamp)
                            ?? throw new WorkerPoolExhaustedException(Options.MaxWorkers);
                        RetireLocked(evicted);
                    }

                    // On the pool, not here: preparing a worker writes its cgroup, which must not happen under the lock.
                    _starting++;
                    var cpuCores = penalized ? Options.TripPenaltyCpuCores : Options.CpuCores;
                    var newStart = start = _startingFor[service] = new ServiceStart();
                    newStart.Placed = Task.Run(() => StartForAsync(service, cpuCores, newStart), CancellationToken.None);
                }
            }

            // Nothing pre-started is free: the service waits for a worker of its own (others keep theirs), then looks again.
            // The start does not depend on this caller: if it gives up, the worker is still placed for whoever comes next.
            await start.Placed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Ends <paramref name="worker"/>'s part in one invocation. Unless it ended <see cref="InvocationEnd.Clean"/>, the
    /// worker is recycled (it finishes what else it runs, then stops); a limit it tripped counts towards its service's
    /// penalty (see <see cref="TripPenalties"/>).
    /// </summary>
    public void Release(WorkerProcess worker, InvocationEnd end)
    {
        lock (_lock)
        {
            worker.InFlight--;
            worker.LastUsedTimestamp = Stopwatch.GetTimestamp();
            if (end == InvocationEnd.LimitTripped && worker.Service is { } service && penalties.RecordTrip(service))
            {
                logger.LogWarning(
                    "Service {Service} tripped limits twice within {Seconds} s: penalized (its workers capped at {Cores} cores) until that long after its last trip",
                    service,
                    Options.TripPenaltySeconds,
                    Options.TripPenaltyCpuCores);
                if (_bound.TryGetValue(service, out var list))
                {
                    Reweigh(service, list);
                }
            }

            if ((end != InvocationEnd.Clean || worker.Served >= Options.InvocationsPerWorker) && !worker.Retiring)
            {
                RetireLocked(worker);
            }
            else if (worker.Retiring && worker.InFlight == 0)
            {
                worker.Stop(TimeSpan.FromMilliseconds(Options.KillGraceMs));
            }
        }
    }

    /// <summary>Kills <paramref name="worker"/> now; what it was running is answered with <paramref name="reason"/>.</summary>
    public void Kill(WorkerProcess worker, WorkerExitReason reason)
    {
        lock (_lock)
        {
            Unbind(worker);
            worker.Retiring = true;
        }

        worker.Kill(reason);
    }

    /// <summary>
    /// Takes <paramref name="worker"/> out of service now and kills it: a script thread in it will not stop. When the
    /// caller's invocation is not the only one running there, the others get <paramref name="grace"/> to finish first.
    /// </summary>
    public void KillStuck(WorkerProcess worker, WorkerExitReason reason, TimeSpan grace)
    {
        bool othersRunning;
        lock (_lock)
        {
            Unbind(worker);
            worker.Retiring = true;
            othersRunning = worker.InFlight > 1;
        }

        // However it ends now (killed, or exiting on its own once drained), it ended for this reason.
        worker.EndingFor(reason);
        if (othersRunning)
        {
            _ = Task.Delay(grace).ContinueWith(_ => worker.Kill(reason), TaskScheduler.Default);
        }
        else
        {
            worker.Kill(reason);
        }
    }

    /// <summary>Drops <paramref name="owner"/>'s load from the workers of <paramref name="service"/> (its version retired).</summary>
    public void Unload(string service, string owner)
    {
        List<WorkerProcess> workers;
        lock (_lock)
        {
            workers = _bound.TryGetValue(service, out var list) ? [.. list] : [];
        }

        foreach (var worker in workers)
        {
            worker.Unload(owner);
        }
    }

    /// <summary>Recycles every worker of <paramref name="service"/> (it was deleted, or moved in-process).</summary>
    public void ReleaseService(string service)
    {
        lock (_lock)
        {
            penalties.Forget(service);
            _startingFor.Remove(service); // its start in flight, if any, ends up idle
            _releases[service] = _releases.GetValueOrDefault(service) + 1;
            if (_bound.TryGetValue(service, out var list))
            {
                foreach (var worker in list.ToList())
                {
                    RetireLocked(worker);
                }
            }
        }
    }

    /// <summary>The process ids of the workers bound to <paramref name="service"/> now.</summary>
    public IReadOnlyList<int> ProcessIdsOf(string service)
    {
        lock (_lock)
        {
            return _bound.TryGetValue(service, out var list) ? [.. list.Select(w => w.ProcessId)] : [];
        }
    }

    /// <summary>What <c>/health</c> shows of the pool.</summary>
    public WorkerPoolSnapshot Snapshot()
    {
        lock (_lock)
        {
            var bound = _bound.Values.SelectMany(w => w).ToList();
            return new WorkerPoolSnapshot(
                Workers: _all.Count,
                Starting: _starting,
                Idle: _idle.Count,
                Bound: bound.Count,
                Busy: _all.Count(w => w.InFlight > 0),
                ServicesBound: _bound.Count,
                Started: _started,
                Ended: Enum.GetValues<WorkerExitReason>().ToDictionary(r => r, r => _ended.GetValueOrDefault(r)),
                ServicesPenalized: penalties.PenalizedCount);
        }
    }

    private static WorkerProcess Take(WorkerProcess worker)
    {
        worker.InFlight++;
        worker.Served++;
        return worker;
    }

    private void Bind(WorkerProcess worker, string service)
    {
        worker.Service = service;
        if (!_bound.TryGetValue(service, out var list))
        {
            _bound[service] = list = [];
        }

        list.Add(worker);
        Reweigh(service, list);
    }

    private void Unbind(WorkerProcess worker)
    {
        _idle.Remove(worker);
        if (worker.Service is { } service && _bound.TryGetValue(service, out var list))
        {
            list.Remove(worker);
            if (list.Count == 0)
            {
                _bound.Remove(service);
            }
            else
            {
                Reweigh(service, list);
            }
        }
    }

    /// <summary>
    /// A service's workers share one service's weight, however many it has (see <see cref="CpuWeight"/>); while the
    /// service is penalized they share a penalized service's weight, and each is capped at the penalty's cores.
    /// </summary>
    private void Reweigh(string service, List<WorkerProcess> serviceWorkers)
    {
        var penalized = penalties.IsPenalized(service);
        var weight = CpuWeight.ForServiceWorker(serviceWorkers.Count, penalized);
        var cores = penalized ? Options.TripPenaltyCpuCores : Options.CpuCores;
        foreach (var worker in serviceWorkers)
        {
            worker.SetCpu(weight, cores);
        }
    }

    private void RetireLocked(WorkerProcess worker)
    {
        Unbind(worker);
        worker.Retiring = true;
        if (worker.InFlight == 0)
        {
            worker.Stop(TimeSpan.FromMilliseconds(Options.KillGraceMs));
        }

        Replenish();
    }

    /// <summary>Starts pre-started workers in the background until there are enough (called under the lock or at start).</summary>
    private void Replenish()
    {
        lock (_lock)
        {
            while (!_stopping && _idle.Count + _starting < Prestarted && _all.Count + _starting < Options.MaxWorkers)
            {
                _starting++;
                _ = Task.Run(async () =>
                {
                    try
                    {
                        var worker = await StartOneAsync(Options.CpuCores).ConfigureAwait(false);
                        lock (_lock)
                        {
                            KeepIdleLocked(worker);
                        }
                    }
#pragma warning disable CA1031 // A pre-start runs on its own; whatever stopped it is logged and retried, never left unobserved.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        // Nothing else would ask for it again until a worker ends: try again shortly.
                        logger.LogWarning("A pre-started worker did not start: {Error}", e.Message);
                        _ = Task.Delay(StartRetryDelay).ContinueWith(_ => Replenish(), TaskScheduler.Default);
                    }
                });
            }
        }
    }

    /// <summary>
    /// Starts a worker for <paramref name="service"/> (it counts in <see cref="_starting"/>) and places it: bound to the
    /// service while it has room for another worker and still wants this start (it was not released meanwhile), else
    /// idle for anyone.
    /// </summary>
    private async Task StartForAsync(string service, double cpuCores, ServiceStart start)
    {
        WorkerProcess worker;
        try
        {
            worker = await StartOneAsync(cpuCores).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Whatever ended it, the service's next call starts afresh; its waiters get this start's failure.
            bool stopping;
            lock (_lock)
            {
                EndStart(service, start);
                stopping = _stopping;
            }

            if (!stopping)
            {
                logger.LogWarning("A worker for service {Service} did not start: {Error}", service, e.Message);
            }

            throw;
        }

        lock (_lock)
        {
            var wanted = EndStart(service, start);
            if (wanted && !_stopping && !(_bound.TryGetValue(service, out var list) && list.Count >= Options.MaxWorkersPerService))
            {
                Bind(worker, service);
                return;
            }

            if (cpuCores != Options.CpuCores)
            {
                // Started under a penalized service's cap: as an idle worker it gets any pre-started worker's.
                worker.SetCpu(CpuWeight.Unbound, Options.CpuCores);
            }

            KeepIdleLocked(worker);
        }
    }

    /// <summary>Forgets <paramref name="start"/> as <paramref name="service"/>'s start in flight; false when it no longer was.</summary>
    private bool EndStart(string service, ServiceStart start)
    {
        if (!_startingFor.TryGetValue(service, out var current) || current != start)
        {
            return false;
        }

        _startingFor.Remove(service);
        return true;
    }

    /// <summary>
    /// A started, unbound worker joins the idle ones; past <see cref="Prestarted"/> idle workers it stops instead, so
    /// starts nobody wanted do not keep a worker's memory each; when the host is stopping it ends. Called under the lock.
    /// </summary>
    private void KeepIdleLocked(WorkerProcess worker)
    {
        if (_stopping)
        {
            worker.Kill(WorkerExitReason.HostStopping);
            return;
        }

        if (_idle.Count >= Prestarted)
        {
            worker.Retiring = true;
            worker.Stop(TimeSpan.FromMilliseconds(Options.KillGraceMs));
            return;
        }

        _idle.Add(worker);
    }

    /// <summary>
    /// Starts one worker, its CPU capped at <paramref name="cpuCores"/> from the start (less than the configured cap for
    /// a penalized service); the caller has counted it in <see cref="_starting"/>.
    /// </summary>
    /// <exception cref="WorkerStartFailedException">It could not be prepared or started.</exception>
    private async Task<WorkerProcess> StartOneAsync(double cpuCores)
    {
        var id = Interlocked.Increment(ref _nextId);
        WorkerProcess worker;
        try
        {
            ConfinedLaunch launch;
            try
            {
                launch = launcher.Prepare(id, cpuCores);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                throw new WorkerStartFailedException($"The worker could not be prepared: {e.Message}", e);
            }

            worker = await WorkerProcess.StartAsync(id, launch, TimeSpan.FromMilliseconds(Options.StartTimeoutMs)).ConfigureAwait(false);
        }
        catch
        {
            lock (_lock)
            {
                _starting--;
                _ended[WorkerExitReason.StartFailed] = _ended.GetValueOrDefault(WorkerExitReason.StartFailed) + 1;
            }

            throw;
        }

        lock (_lock)
        {
            _starting--;
            _started++;
            _all.Add(worker);
        }

        _ = worker.Exited.ContinueWith(
            exited =>
            {
                lock (_lock)
                {
                    _all.Remove(worker);
                    Unbind(worker);
                    var reason = exited.Result;
                    _ended[reason] = _ended.GetValueOrDefault(reason) + 1;
                    if (reason is not WorkerExitReason.Recycled and not WorkerExitReason.HostStopping)
                    {
                        logger.LogWarning("Worker {Worker} (pid {Pid}, service {Service}) ended: {Reason}", worker.Id, worker.ProcessId, worker.Service ?? "-", reason);
                    }

                    Replenish();
                }
            },
            TaskScheduler.Default);
        return worker;
    }

    /// <summary>A worker being started for one service; <see cref="Placed"/> completes once it is bound or idle.</summary>
    private sealed class ServiceStart
    {
        public Task Placed { get; set; } = Task.CompletedTask;
    }
}
