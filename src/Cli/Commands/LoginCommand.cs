using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost login [--url u] [--key-stdin]</c>: checks a key against the server (GET /api/caller) and stores it
/// for that URL in the user's credentials file (0600).
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
        CommandActions.NeedsClient(command, "login");
        return command;
    }
}
