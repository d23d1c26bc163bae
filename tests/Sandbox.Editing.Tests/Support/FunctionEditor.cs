using ScriptHost.Execution.Rendering;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Editing.Tests.Support;

/// <summary>An editor over a compiler set up as the server sets up its own: the real function API, Twilio's library, the host's call wrappers.</summary>
public static class FunctionEditor
{
    /// <summary>Mirrors the host's <c>ScriptHostApplication.FunctionImports</c>.</summary>
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

    // Generous: the first answer builds the workspace (MEF) and JITs Roslyn's features, on a shared 2-core machine.
    public static ScriptEditor Editor { get; } = new(Compiler, TimeSpan.FromSeconds(60));
}
