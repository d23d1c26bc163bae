using System.CommandLine;
using ScriptHost.Api.Client;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// Gives every command the same ending: a <see cref="CliException"/> or any other failure becomes one
/// <c>error: …</c> line and exit 1 (or the exception's own code), ctrl+C becomes exit 130.
/// </summary>
internal static class CommandActions
{
    public static void Set(Command command, Func<CliContext, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var terminal = Terminal.FromProcess();
            try
            {
                return await action(new CliContext(parseResult, terminal, CliEnvironment.FromProcess()), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Interrupted;
            }
            catch (CliException exception)
            {
                ErrorWriter.Write(terminal, exception.Message);
                return exception.ExitCode;
            }
            catch (ApiProblemException problem)
            {
                ErrorWriter.Write(terminal, problem.OneLine);
                return ExitCodes.Failure;
            }
            catch (ScriptHostUnreachableException unreachable)
            {
                ErrorWriter.Write(terminal, unreachable.Message);
                return ExitCodes.Failure;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or HttpRequestException)
            {
                ErrorWriter.Write(terminal, exception.Message);
                return ExitCodes.Failure;
            }
        });

    /// <summary>
    /// The action of a command whose work needs the typed API client (src/Api.Client, next phase): it fails clearly
    /// instead of pretending. Remove each use as the command is implemented.
    /// </summary>
    public static void NeedsClient(Command command, string commandLine) =>
        Set(command, (_, _) => throw new CliException($"'scripthost {commandLine}' is not implemented in this build yet (it needs the API client)."));
}
