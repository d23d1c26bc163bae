using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost invoke &lt;path&gt; [--env e] [-d key=value]… [--json file] [--as-twilio]</c>.</summary>
internal static class InvokeCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The function's path, e.g. /sms (a query string may follow)." };
        var environment = CommandOptions.Environment("The environment to call [default: production, at /<service>/<path>].");
        var data = CommandOptions.Data("A form field to send (repeatable): the request is a form POST, as Twilio sends webhooks.");
        var json = new Option<FileInfo>("--json") { Description = "Send this file's JSON as the body instead of form fields.", HelpName = "file" };
        json.AcceptExistingOnly();
        var method = new Option<string?>("--method", "-X") { Description = "The HTTP method [default: POST with a body, else GET].", HelpName = "method" };
        var asTwilio = new Option<bool>("--as-twilio") { Description = "Sign the request the way Twilio does (X-Twilio-Signature, with the service's auth token), so a protected function can be tried without a tunnel." };
        var command = new Command("invoke", "Call a function over HTTP and print the status, headers and body. Exits 1 when the status is 400 or above.")
        {
            path,
            environment,
            data,
            json,
            method,
            asTwilio,
        };
        HelpExamples.Add(command, "scripthost invoke /sms -d From=+15550100 -d Body=HOURS --as-twilio", "scripthost invoke /orders --json order.json --env dev");
        CommandActions.NeedsClient(command, "invoke");
        return command;
    }
}
