using System.CommandLine;
using ScriptHost.Api.Client;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary>What a command's action works with: the parsed line, the terminal, the output format and where to reach the server.</summary>
internal sealed class CliContext(ParseResult parseResult, Terminal terminal, CliEnvironment environment)
{
    public ParseResult ParseResult { get; } = parseResult;

    public Terminal Terminal { get; } = terminal;

    public CliEnvironment Environment { get; } = environment;

    public OutputFormat Format { get; } = GlobalOptions.Format(parseResult);

    public CredentialStore Credentials { get; } = CredentialStore.ForUser(environment);

    /// <summary>Server, service and key by the resolution order (<see cref="ServerTargetResolver"/>).</summary>
    public ServerTarget ResolveTarget() =>
        ParseResult.GetValue(GlobalOptions.Local)
            ? ServerTargetResolver.Local(Environment)
            : ServerTargetResolver.Resolve(ParseResult.GetValue(GlobalOptions.Url), ParseResult.GetValue(GlobalOptions.Service), Environment, Credentials);

    /// <summary>
    /// The typed client of the resolved server with its key, and the service the command works on (from --service,
    /// SCRIPTHOST_SERVICE or scripthost.json). Fails in one line naming what is missing and where it would come from.
    /// </summary>
    public Connection Connect()
    {
        var target = ResolveTarget();
        var url = ServerTargetResolver.RequireUrl(target);
        var service = ServerTargetResolver.RequireService(target);
        var key = ServerTargetResolver.RequireKey(target);
        return new Connection(new ScriptHostClient(new Uri(url.EndsWith('/') ? url : url + "/"), key), url, service);
    }

    /// <summary>Prints a human line on stdout in table mode; in json mode stdout is kept for the one document.</summary>
    public void Say(string line)
    {
        if (Format == OutputFormat.Table)
        {
            Terminal.Out.WriteLine(line);
        }
        else
        {
            Terminal.Error.WriteLine(line);
        }
    }

    public T? Value<T>(Option<T> option) => ParseResult.GetValue(option);

    public T? Value<T>(Argument<T> argument) => ParseResult.GetValue(argument);
}
