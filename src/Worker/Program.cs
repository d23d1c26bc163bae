using ScriptHost.Worker;

// The host starts this process with the channel on stdin/stdout; anything else written to stdout would corrupt it,
// so the console is left to the channel and diagnostics go to stderr.
var input = Console.OpenStandardInput();
var output = Console.OpenStandardOutput();
Console.SetOut(TextWriter.Null);
return await WorkerSession.RunAsync(input, output);
