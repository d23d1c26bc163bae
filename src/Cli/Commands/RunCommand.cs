using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost run &lt;file.csx&gt; [-d key=value]…</c>: a snippet, once, through the server's /run.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The script to run (.csx)." };
        file.AcceptExistingOnly();
        var data = CommandOptions.Data("An event field the script sees (repeatable).");
        var command = new Command("run", "Compile and run a script once on the server, without deploying it, and print its response and log lines.")
        {
            file,
            data,
        };
        HelpExamples.Add(command, "scripthost run scratch.csx -d Body=hello");
        CommandActions.NeedsClient(command, "run");
        return command;
    }
}
