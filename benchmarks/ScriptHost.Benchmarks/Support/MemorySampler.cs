namespace ScriptHost.Benchmarks.Support;

/// <summary>
/// Samples a server's resident memory and its workers' (each worker process, and their sum) every 100 ms in the
/// background while a measurement runs; keeps the peaks.
/// </summary>
internal sealed class MemorySampler
{
    private readonly int _serverPid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private double _hostRssMaxMb;
    private double _workersRssSumMaxMb;
    private double _workerRssMaxMb;
    private int _workersMax;
    private int _samples;

    private MemorySampler(int serverPid)
    {
        _serverPid = serverPid;
        _loop = Task.Run(LoopAsync);
    }

    public static MemorySampler Start(int serverPid) => new(serverPid);

    public async Task<MemoryPeaks> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        return new MemoryPeaks(_hostRssMaxMb, _workersRssSumMaxMb, _workerRssMaxMb, _workersMax, _samples);
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            Sample();
        }
        while (await WaitAsync(timer));
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Sample()
    {
        if (ProcessMemory.TryRssMb(_serverPid) is { } host)
        {
            _hostRssMaxMb = Math.Max(_hostRssMaxMb, host);
        }

        var workers = WorkerProcesses.Of(_serverPid).Select(ProcessMemory.TryRssMb).OfType<double>().ToList();
        _workersRssSumMaxMb = Math.Max(_workersRssSumMaxMb, workers.Sum());
        _workerRssMaxMb = Math.Max(_workerRssMaxMb, workers.DefaultIfEmpty().Max());
        _workersMax = Math.Max(_workersMax, workers.Count);
        _samples++;
    }
}

/// <summary>Peaks over one sampling window, in MB: the server's RSS, the sum of its workers' RSS, the largest single worker.</summary>
internal sealed record MemoryPeaks(double HostRssMaxMb, double WorkersRssSumMaxMb, double WorkerRssMaxMb, int WorkersMax, int Samples);
