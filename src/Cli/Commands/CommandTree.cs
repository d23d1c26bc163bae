using System.CommandLine;
using System.CommandLine.Help;

namespace ScriptHost.Cli.Commands;

/// <summary>Every command of <c>scripthost</c>, in the order <c>--help</c> lists them (the order of a project's life).</summary>
internal static class CommandTree
{
    public static Command Build()
    {
        // A plain command named as people type it: a RootCommand takes its name from the assembly (ScriptHost.Cli),
        // which help's usage lines would then show. So help and --version are added here, as RootCommand would.
        var root = new Command(
            "scripthost",
            "scripthost: C# functions from a folder — create them, run them locally on the real server, deploy, promote and watch them.")
        {
            new HelpOption(),
            new VersionOption(),
            GlobalOptions.Output,
            GlobalOptions.Url,
            GlobalOptions.Service,
            GlobalOptions.Local,
        };
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(TemplatesCommand.Create());
        root.Subcommands.Add(StartCommand.Create());
        root.Subcommands.Add(DeployCommand.Create());
        root.Subcommands.Add(PromoteCommand.Create());
        root.Subcommands.Add(RollbackCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(LogsCommand.Create());
        root.Subcommands.Add(EnvCommand.Create());
        root.Subcommands.Add(InvokeCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(LoginCommand.Create());
        root.Subcommands.Add(LogoutCommand.Create());
        HelpExamples.Add(
            root,
            "scripthost init hello && cd hello",
            "scripthost start                              # the folder on http://127.0.0.1:3000",
            "scripthost login --url https://functions.example.com",
            "scripthost deploy --env dev",
            "scripthost invoke /sms-auto-reply --env dev -d Body=HOURS --as-twilio",
            "scripthost promote --from dev --to production",
            "scripthost logs --tail");
        HelpExamples.Install(root);
        return root;
    }
}
