using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Storage;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>Applies retention hourly: log entries and invocation records older than the configured days go.</summary>
internal sealed class LogRetentionService(IScriptHostStore store, IOptions<ScriptHostOptions> options, ILogger<LogRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var policy = new RetentionPolicy(TimeSpan.FromDays(options.Value.LogRetentionDays), MaxEntriesPerService: 100_000);
                var removed = await store.Logs.ApplyLogRetentionAsync(policy, stoppingToken)
                    + await store.Invocations.ApplyInvocationRetentionAsync(policy, stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Log retention removed {Count} entries.", removed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Log retention failed; will retry.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
