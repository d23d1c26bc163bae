using System.CommandLine;
using System.Net;
using ScriptHost.Api.Client;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost login [--url u] [--key-stdin]</c>: checks a key against the server (GET /api/caller) and stores it
/// for that URL in the user's credentials file (0600). A key the server refuses is not stored.
/// </summary>
internal static class LoginCommand
{
    public static Command Create()
    {
        var keyStdin = new Option<bool>("--key-stdin") { Description = "Read the key from stdin (for CI) instead of prompting for it." };
        var command = new Command("login", "Store a key for a server, after checking it works. The key is asked for without echo (or read with --key-stdin) and kept in ~/.config/scripthost/credentials.json (mode 0600), never in scripthost.json.")
        {
            keyStdin,
        };
        HelpExamples.Add(command, "scripthost login --url https://functions.example.com", "echo \"$SCRIPTHOST_KEY\" | scripthost login --url https://functions.example.com --key-stdin");
        CommandActions.Set(command, async (context, cancellationToken) =>
        {
            var url = ServerTargetResolver.RequireUrl(context.ResolveTarget());
            var key = await KeyReader.ReadAsync(context.Value(keyStdin), context.Terminal.Error, cancellationToken);
            using var client = new ScriptHostClient(new Uri(url + "/"), key);
            Api.Contracts.Security.CallerDto caller;
            try
            {
                caller = await client.GetCallerAsync(cancellationToken);
            }
            catch (ApiProblemException problem) when (problem.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new CliException($"{url} refused the key ({problem.OneLine}); nothing was stored.");
            }

            context.Credentials.Save(url, key);
            var who = caller.Admin ? "the admin key" : $"the key of service '{caller.Service}'";
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, new { url, caller.Admin, caller.Service, caller.RotatedOut, credentials = context.Credentials.Path });
            }
            else
            {
                context.Say($"Logged in to {url} with {who}; stored in {context.Credentials.Path}.");
            }

            if (caller.RotatedOut)
            {
                ErrorWriter.Warn(context.Terminal, "this key was rotated out and works only until its grace period ends: log in with the new one.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
