using System.CommandLine;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost logout [--url u]</c>: forgets the stored key for a server.</summary>
internal static class LogoutCommand
{
    public static Command Create()
    {
        var command = new Command("logout", "Forget the key stored for a server (the one --url, SCRIPTHOST_URL or scripthost.json names).");
        HelpExamples.Add(command, "scripthost logout --url https://functions.example.com");
        CommandActions.Set(command, (context, _) =>
        {
            var url = ServerTargetResolver.RequireUrl(context.ResolveTarget());
            var removed = context.Credentials.Remove(url);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, new { url, removed });
            }
            else
            {
                context.Say(removed ? $"Forgot the key for {url}." : $"No key was stored for {url}.");
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
