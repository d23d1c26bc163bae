using System.CommandLine;
using System.Net;
using ScriptHost.Api.Client;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Invocation;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost invoke &lt;path&gt; [--env e] [-d key=value]… [--json file] [--method m] [--as-twilio]</c>: calls a
/// function at its public URL, as a webhook would, and prints the answer. The management key is never sent there; with
/// <c>--as-twilio</c> it is used only to have the server sign the request.
/// </summary>
internal static class InvokeCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The function's path, e.g. /sms (a query string may follow)." };
        var environment = CommandOptions.Environment("The environment to call [default: production, at /<service>/<path>; others at /<service>@<env>/<path>].");
        var data = CommandOptions.Data("A form field to send (repeatable): the request is a form POST, as Twilio sends webhooks (with --method GET, the query string).");
        var json = new Option<FileInfo>("--json") { Description = "Send this file's JSON, exactly as written, as a POST body instead of form fields.", HelpName = "file" };
        json.AcceptExistingOnly();
        var method = new Option<string?>("--method", "-X") { Description = "GET or POST [default: POST with -d or --json, else GET].", HelpName = "GET|POST" };
        method.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && value.ToUpperInvariant() is not ("GET" or "POST"))
            {
                result.AddError($"'{value}' is not a method functions answer: use GET or POST.");
            }
        });
        var asTwilio = new Option<bool>("--as-twilio") { Description = "Sign the request the way Twilio does (X-Twilio-Signature, with the environment's TWILIO_AUTH_TOKEN, signed by the server), so a protected function can be tried without a tunnel. Needs the service's key." };
        var command = new Command("invoke", "Call a function over HTTP and print the status line, headers and body (--output json: {status, headers, body}). Exits 1 when the status is 400 or above, with the problem on stderr.")
        {
            path,
            environment,
            data,
            json,
            method,
            asTwilio,
        };
        command.Validators.Add(result =>
        {
            var jsonGiven = result.GetResult(json) is not null;
            if (jsonGiven && result.GetValue(data) is { Length: > 0 })
            {
                result.AddError("Send form fields (-d) or a JSON body (--json), not both.");
            }

            if (jsonGiven && string.Equals(result.GetValue(method), "GET", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError("A GET has no body: --json needs POST.");
            }
        });
        HelpExamples.Add(command, "scripthost invoke /sms -d From=+15550100 -d Body=HOURS --as-twilio", "scripthost invoke /orders --json order.json --env dev", "scripthost invoke /status --method GET --output json");
        CommandActions.Set(command, async (context, cancellationToken) =>
        {
            var target = context.ResolveTarget();
            var server = ServerTargetResolver.RequireUrl(target);
            var service = ServerTargetResolver.RequireService(target);
            var environmentName = context.Value(environment) ?? Storage.Validation.EnvironmentName.Production;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in context.Value(data) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                fields[pair[..equals]] = pair[(equals + 1)..];
            }

            var jsonText = context.Value(json) is { } file ? await File.ReadAllTextAsync(file.FullName, cancellationToken) : null;
            var chosenMethod = context.Value(method)?.ToUpperInvariant() ?? (jsonText is not null || fields.Count > 0 ? "POST" : "GET");
            var pathAndQuery = "/" + context.Value(path)!.TrimStart('/');
            var call = new FunctionCall(chosenMethod, pathAndQuery, fields, jsonText);

            Uri url;
            string? signature = null;
            if (context.Value(asTwilio))
            {
                using var client = new ScriptHostClient(new Uri(server + "/"), ServerTargetResolver.RequireKey(target));
                var signed = await client.SignAsTwilioAsync(service, environmentName, call.ToSignatureRequest(), cancellationToken);
                url = FunctionCall.SignedUrl(server, signed);
                signature = signed.Signature;
            }
            else
            {
                url = call.UnsignedUrl(server, service, environmentName);
            }

            var answer = await SendAsync(call, url, signature, cancellationToken);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, new { status = answer.Status, headers = answer.Headers, body = answer.Body });
            }
            else
            {
                answer.WriteTo(context.Terminal.Out);
            }

            if (answer.Status >= 400)
            {
                ErrorWriter.Write(context.Terminal, ApiProblemException.From((HttpStatusCode)answer.Status, answer.Reason, answer.Body).OneLine);
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<FunctionAnswer> SendAsync(FunctionCall call, Uri url, string? signature, CancellationToken cancellationToken)
    {
        // Redirects are shown, not followed, as curl does: what the function answered is what is printed.
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(5) };
        using var request = call.ToRequest(url, signature);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return await FunctionAnswer.ReadAsync(response, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.StatusCode is null)
        {
            throw ScriptHostUnreachableException.From(url, exception);
        }
    }
}
