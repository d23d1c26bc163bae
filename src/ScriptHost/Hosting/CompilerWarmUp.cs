using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Editor;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Editing;

namespace ScriptHost.Hosting;

/// <summary>
/// Compiles a trivial script in the background a few seconds after start (<c>ScriptHost:WarmUpCompiler</c>), so the
/// first deploy does not pay Roslyn's JIT; then, after it (<c>ScriptHost:Editor:WarmUp</c>), one of each editor request, so the first
/// author does not pay for the workspace's composition and the IDE features' JIT (seconds).
/// </summary>
internal sealed class CompilerWarmUp(
    ScriptCompiler compiler, ScriptEditor editor, IOptions<ScriptHostOptions> options, IOptions<EditorOptions> editorOptions, ILogger<CompilerWarmUp> logger)
    : BackgroundService
{
    private static readonly TimeSpan WarmUpDelay = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUpCompiler)
        {
            return;
        }

        // Delayed: measured here, warming Roslyn at once pushed a restart's first answer from ~0.9 s to ~1.3 s on
        // 2 cores. A deploy in the first seconds pays the JIT itself instead.
        await Task.Delay(WarmUpDelay, stoppingToken);
        try
        {
            await compiler.WarmUpAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Only a head start: a failure here must not stop the host, which a background service's exception would.
            logger.LogWarning(exception, "Warming up the compiler failed; the first deploy pays for it instead.");
        }

        if (!editorOptions.Value.WarmUp)
        {
            return;
        }

        try
        {
            // After the compiler's, never alongside it: both are mostly JIT on the same cores.
            await editor.WarmUpAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Warming up the editor failed; the first editor request pays for it instead.");
        }
    }
}
