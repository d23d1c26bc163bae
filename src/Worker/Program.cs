using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Worker;

// The host starts this process with the channel on stdin/stdout; anything else written to stdout would corrupt it,
// so the console is left to the channel and diagnostics go to stderr.
var input = Console.OpenStandardInput();
var output = Console.OpenStandardOutput();
Console.SetOut(TextWriter.Null);

// The Twilio library's process-wide defaults, before any function runs: no default client, Newtonsoft kept away
// from the functions' own types.
TwilioProcessDefaults.Install();
return await WorkerSession.RunAsync(input, output);
