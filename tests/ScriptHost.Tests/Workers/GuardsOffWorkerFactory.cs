using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Functions;
using ScriptHost.Sandbox;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Workers;

/// <summary>
/// A host that runs functions in worker processes with the in-process guards switched off (the test switch
/// <see cref="SandboxOptions.WithoutGuardsForTests"/>): whatever a function does, only the worker tier can stop it.
/// Workers are small (256 MB) and a crash suspends a function only after many, so each test sees the tier itself.
/// </summary>
public sealed class GuardsOffWorkerFactory() : ScriptHostFactory(new Dictionary<string, string>
{
    ["ScriptHost:Isolation"] = "Process",
    ["ScriptHost:Workers:MemoryMb"] = "256",
    ["ScriptHost:Workers:KillGraceMs"] = "300",
    ["ScriptHost:Workers:CrashesBeforeSuspension"] = "100",
})
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(provider => new ScriptCompiler(new SandboxOptions
        {
            GlobalsType = typeof(FunctionGlobals),
            ApiAssemblies = [typeof(FunctionGlobals).Assembly],
            LibraryAssemblies = ScriptHost.Hosting.ScriptHostApplication.FunctionLibraries,
            CallWrappers = ScriptHost.Hosting.ScriptHostApplication.FunctionCallWrappers,
            Imports = ScriptHost.Hosting.ScriptHostApplication.FunctionImports,
            CompileTimeout = TimeSpan.FromMilliseconds(provider.GetRequiredService<IOptions<ScriptHostOptions>>().Value.CompileTimeoutMs),
            WithoutGuardsForTests = true,
        })));
    }
}
