using System.CommandLine;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.LocalServer;
using ScriptHost.Cli.Output;
using ScriptHost.Cli.Project;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost start [--port 3000]</c>: the real server on 127.0.0.1 serving this folder (<see cref="DevelopmentSession"/>:
/// the service created, .env loaded, the folder deployed and redeployed on save, the live log tail printed) until ctrl+C.
/// </summary>
internal static class StartCommand
{
    public const int DefaultPort = 3000;

    public static Command Create()
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port on 127.0.0.1 to serve on.",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535.");
            }
        });
        var command = new Command(
            "start",
            "Run this folder on the real ScriptHost server, locally on 127.0.0.1: same visibility, Twilio signature checks, limits and worker sandbox as a deployment. Loads .env, recompiles on save (diagnostics as file:line:col) and prints each invocation with its log lines (--output json: one JSON object per line: listening, deployed, buildFailed, log, invocation). Stop with ctrl+C.")
        {
            port,
        };
        HelpExamples.Add(command, "scripthost start", "scripthost start --port 8080");
        CommandActions.Set(command, async (context, cancellationToken) =>
        {
            var settingsFile = ProjectSettingsFile.Find(context.Environment.CurrentDirectory);
            var root = settingsFile is null ? context.Environment.CurrentDirectory : Path.GetDirectoryName(settingsFile)!;
            LocalServerProcess server;
            await using (Progress.Start(context.Terminal, "Starting the local server…", out _))
            {
                server = await LocalServerProcess.StartAsync(new LocalServerOptions(root, context.Value(port)), cancellationToken);
            }

            await using (server)
            {
                var url = server.BaseAddress.ToString().TrimEnd('/');
                var data = Path.GetRelativePath(root, Path.GetDirectoryName(server.DataPath)!) + "/";
                var service = (settingsFile is null ? null : ProjectSettingsFile.Read(settingsFile).Service) ?? FolderServiceName.From(Path.GetFileName(root));
                if (context.Format == OutputFormat.Json)
                {
                    JsonLines.Write(context.Terminal.Out, "listening", new { url, service, data });
                }
                else
                {
                    context.Terminal.Out.WriteLine($"ScriptHost is listening on {Colour.Bold(url, context.Terminal.UseColour)} (data in {data}).");
                }

                await new DevelopmentSession(server, root, service, context.Terminal, context.Format).RunAsync(cancellationToken);
                return ExitCodes.Success;
            }
        });
        return command;
    }
}
