using System.CommandLine;
using System.Net;
using System.Text.Json;
using ScriptHost.Api.Client;
using ScriptHost.Api.Contracts;
using ScriptHost.Api.Contracts.Functions;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Logs;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost run &lt;file.csx&gt; [-d key=value]…</c>: a snippet, once, through the server's /run (nothing is
/// stored or deployed). The body goes to stdout; its log lines and status to stderr, so the body can be piped.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The script to run (.csx)." };
        file.AcceptExistingOnly();
        var data = CommandOptions.Data("An event field the script sees as Event[\"key\"] (repeatable).");
        var command = new Command("run", "Compile and run a script once on the server, without deploying it: prints its body on stdout, its log lines and status on stderr (--output json: the whole answer). Compile errors are printed as file:line:col; exits 1 for them, a thrown exception or a status of 400 or above.")
        {
            file,
            data,
        };
        HelpExamples.Add(command, "scripthost run scratch.csx -d Body=hello", "scripthost run report.csx --output json");
        CommandActions.Set(command, async (context, cancellationToken) =>
        {
            var script = context.Value(file)!;
            var shownPath = Path.GetRelativePath(context.Environment.CurrentDirectory, script.FullName);
            var source = await File.ReadAllTextAsync(script.FullName, cancellationToken);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in context.Value(data) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                fields[pair[..equals]] = pair[(equals + 1)..];
            }

            using var connection = context.Connect();
            Api.Contracts.Snippets.SnippetRunDto run;
            try
            {
                run = await connection.Client.RunSnippetAsync(connection.Service, source, fields, cancellationToken);
            }
            catch (ApiProblemException problem) when (problem.Status == HttpStatusCode.UnprocessableEntity && CompileErrors(problem) is { Count: > 0 } diagnostics)
            {
                foreach (var diagnostic in diagnostics)
                {
                    var severity = diagnostic.Severity == ScriptDiagnosticSeverity.Error ? Colour.Red("error", context.Terminal.UseErrorColour) : "warning";
                    context.Terminal.Error.WriteLine($"{shownPath}:{diagnostic.Line}:{diagnostic.Column}: {severity} {diagnostic.Id}: {diagnostic.Message}");
                }

                return ExitCodes.Failure;
            }

            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, run);
            }
            else
            {
                foreach (var entry in run.Logs)
                {
                    context.Terminal.Error.WriteLine($"{TailLineFormatter.Level(entry.Level)}: {entry.Message.ReplaceLineEndings(" ")}");
                }

                context.Terminal.Error.WriteLine($"→ {run.Status}{(run.ContentType is null ? string.Empty : " " + run.ContentType)} in {run.DurationMs:0} ms");
                context.Terminal.Out.Write(run.Body);
                if (run.Body.Length > 0 && !run.Body.EndsWith('\n'))
                {
                    context.Terminal.Out.WriteLine();
                }
            }

            if (run.Error is { } error)
            {
                var at = error.Line is { } line ? $" at {shownPath}:{line}:{error.Column}" : string.Empty;
                ErrorWriter.Write(context.Terminal, $"{error.Type}: {error.Message}{at}");
                return ExitCodes.Failure;
            }

            return run.Status >= 400 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The diagnostics of a compile refusal (a 422 problem whose <c>errors</c> is the compiler's list), else none.</summary>
    private static IReadOnlyList<DiagnosticDto> CompileErrors(ApiProblemException problem)
    {
        try
        {
            using var document = JsonDocument.Parse(problem.Body);
            return document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? errors.Deserialize<List<DiagnosticDto>>(ApiJson.Options) ?? []
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
