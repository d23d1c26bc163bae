using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ScriptHost.Benchmarks.Modes;
using ScriptHost.Benchmarks.Support;

// One program, several modes. With no mode (or "bdn") it is BenchmarkDotNet's own command line; the other modes are
// measurements BenchmarkDotNet cannot take (fresh processes, HTTP servers, thousands of versions) and the report.
var mode = args.Length > 0 ? args[0] : "bdn";
var rest = new Arguments(args.Skip(1).ToArray());
return mode switch
{
    "first-compile" => FirstCompileMode.Run(rest),
    "first-compile-child" => await FirstCompileMode.RunChildAsync(rest),
    "churn" => await ChurnMode.RunAsync(rest),
    "footprint" => FootprintMode.Run(rest),
    "footprint-child" => await FootprintMode.RunChildAsync(rest),
    "server" => await ServerMode.RunAsync(rest),
    "workers" => await WorkersMode.RunAsync(rest),
    "deployments" => await DeploymentsMode.RunAsync(rest),
    "editor" => await EditorMode.RunAsync(rest),
    "report" => ReportMode.Run(rest),
    _ => RunBenchmarkDotNet(mode == "bdn" ? args.Skip(1).ToArray() : args),
};

static int RunBenchmarkDotNet(string[] arguments)
{
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(JsonExporter.Full);

    // The full run's job, unless the command line names one (--job short for a quick check): enough iterations for a
    // stable median on a quiet 2-core machine while keeping the whole suite within a few minutes.
    if (!arguments.Contains("--job") && !arguments.Contains("-j"))
    {
        config = config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1).AsDefault());
    }

    var summaries = BenchmarkSwitcher.FromAssembly(typeof(ReportMode).Assembly).Run(arguments, config);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
