using System.Net;
using ScriptHost.Api.Client;
using ScriptHost.Api.Client.Logs;
using ScriptHost.Cli.Deploying;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Logs;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.LocalServer;

/// <summary>
/// What <c>start</c> does once the local server answers: creates the service, deploys the folder to production (the
/// same <see cref="FolderDeployer"/> as <c>deploy</c>, pruning, with <c>.env</c> as the service's variables), then
/// redeploys on every change the <see cref="FolderWatcher"/> reports — keeping the last good build when one fails and
/// printing its diagnostics as file:line:col — while printing every log line and invocation of the live tail.
/// Runs until cancelled (ctrl+C) or the server stops.
/// </summary>
internal sealed class DevelopmentSession
{
    private const string Environment = "production";

    private readonly LocalServerProcess _server;
    private readonly string _root;
    private readonly string _service;
    private readonly Terminal _terminal;
    private readonly ScriptHostClient _client;
    private readonly bool _json;

    // With OutputFormat.Json every deploy, failed build and tail event is one JSON line on stdout (JsonLines), and the
    // human progress lines go to stderr.
    public DevelopmentSession(LocalServerProcess server, string root, string service, Terminal terminal, OutputFormat format)
    {
        _server = server;
        _root = root;
        _service = service;
        _terminal = terminal;
        _json = format == OutputFormat.Json;
        _client = new ScriptHostClient(server.BaseAddress, server.AdminKey);
    }

    // A line for people: stdout in table mode; in json mode stdout holds only JSON lines, so stderr.
    private void Say(string line) => (_json ? _terminal.Error : _terminal.Out).WriteLine(line);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var client = _client;
        await CreateServiceAsync(cancellationToken);
        new LocalSession(_server.BaseAddress.ToString().TrimEnd('/'), _service, _server.AdminKey).Write(_root);
        try
        {
            await ServeAsync(cancellationToken);
        }
        finally
        {
            LocalSession.Delete(_root);
        }
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var watcher = new FolderWatcher(_root);
        // Subscribed before the first deploy, so no line of the first requests is missed.
        await using var stream = await _client.OpenLogStreamAsync(_service, new LogTailFilter(Environment: Environment), cancellationToken);
        var tail = TailAsync(stream, stop.Token);
        await DeployAsync(firstTime: true, stop.Token);
        Say("Watching for changes; press ctrl+C to stop.");

        var watch = WatchAsync(watcher, stop.Token);
        var serverGone = WaitForServerExitAsync(stop.Token);
        var ended = await Task.WhenAny(watch, tail, serverGone);
        await stop.CancelAsync();
        // Ctrl+C ends every task, some with their own exceptions (a stream cut off): it is still ctrl+C.
        cancellationToken.ThrowIfCancellationRequested();
        await ended; // the failure that ended the session, if it was one
        throw new CliException($"the local server stopped ({_server.ExitDescription})");
    }

    private async Task CreateServiceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.CreateServiceAsync(_service, cancellationToken);
        }
        catch (ApiProblemException problem) when (problem.Status == HttpStatusCode.Conflict)
        {
            // Kept from an earlier run in .scripthost/data.
        }
    }

    private async Task WatchAsync(FolderWatcher watcher, CancellationToken cancellationToken)
    {
        while (true)
        {
            var files = await watcher.NextChangeAsync(cancellationToken);
            Say($"Changed: {string.Join(", ", files)} — rebuilding…");
            await DeployAsync(firstTime: false, cancellationToken);
        }
    }

    private async Task DeployAsync(bool firstTime, CancellationToken cancellationToken)
    {
        var deployer = new FolderDeployer(_client, _service, _terminal);
        try
        {
            var outcome = await deployer.DeployAsync(_root, Environment, prune: true, VariableTarget.Service, cancellationToken);
            DeployReport.WriteWarnings(_terminal, outcome);
            if (_json)
            {
                JsonLines.Write(_terminal.Out, "deployed", DeployReport.Json(outcome));
            }
            else if (firstTime)
            {
                DeployReport.WriteLines(_terminal.Out.WriteLine, outcome, _terminal.UseColour);
            }
            else
            {
                _terminal.Out.WriteLine($"Reloaded: build {outcome.BuildId} ({outcome.Sent.Count} changed{(outcome.Removed.Count > 0 ? $", removed {string.Join(", ", outcome.Removed.Select(item => item.Path))}" : "")}).");
            }
        }
        catch (BuildFailedException failed)
        {
            foreach (var line in failed.Lines)
            {
                _terminal.Error.WriteLine(line);
            }

            if (_json)
            {
                JsonLines.Write(_terminal.Out, "buildFailed", new { message = failed.Message, diagnostics = failed.Lines });
            }

            ErrorWriter.Write(_terminal, failed.Message.Replace("nothing was deployed", "still serving the last good build", StringComparison.Ordinal));
        }
        catch (ApiProblemException problem)
        {
            // One refused deploy (say, an asset over the limit) must not end the session: the next save tries again.
            ErrorWriter.Write(_terminal, problem.OneLine);
        }
        catch (CliException problem)
        {
            ErrorWriter.Write(_terminal, problem.Message);
        }
    }

    private async Task TailAsync(LogStream stream, CancellationToken cancellationToken)
    {
        await foreach (var tailEvent in stream.ReadAllAsync(cancellationToken))
        {
            if (_json)
            {
                JsonLines.Write(_terminal.Out, tailEvent);
                continue;
            }

            _terminal.Out.WriteLine(tailEvent switch
            {
                TailEvent.LogLine { Entry: var entry } => TailLineFormatter.Line(entry, _terminal.UseColour),
                TailEvent.InvocationEnded { Record: var record } => TailLineFormatter.Line(record, _terminal.UseColour),
                _ => tailEvent.ToString(),
            });
        }
    }

    private async Task WaitForServerExitAsync(CancellationToken cancellationToken)
    {
        while (!_server.HasExited)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
