using ScriptHost.Execution.Rendering;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>Compiles the deployable samples in <c>scripts-samples/</c> against the real function API and Twilio's library, with the host's call wrappers, as the host does.</summary>
public static class SampleCompiler
{
    /// <summary>Mirrors the host's <c>ScriptHostApplication.FunctionImports</c>; a sample needing another import fails to compile here.</summary>
    private static readonly string[] FunctionImports =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks",
        "System.Text.Json.Nodes", "ScriptHost.Functions", "Twilio.TwiML",
    ];

    public static ScriptCompiler Compiler { get; } = new(new SandboxOptions
    {
        GlobalsType = typeof(FunctionGlobals),
        ApiAssemblies = [typeof(FunctionGlobals).Assembly],
        LibraryAssemblies = [typeof(global::Twilio.TwilioClient).Assembly],
        CallWrappers = [typeof(TwimlCalls)],
        Imports = FunctionImports,
    });

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "scripts-samples");

    public static TheoryData<string> Samples => [.. Directory.GetFiles(Folder, "*.csx").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];
}
