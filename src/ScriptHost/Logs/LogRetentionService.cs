using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Storage;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>Applies log retention hourly: entries older than the configured days go.</summary>
internal sealed class LogRetentionService(IScriptHostStore store, IOptions<ScriptHostOptions> options, ILogger<LogRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var removed = await store.Logs.ApplyLogRetentionAsync(
                    new RetentionPolicy(TimeSpan.FromDays(options.Value.LogRetentionDays), MaxEntriesPerService: 100_000), stoppingToken);
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
