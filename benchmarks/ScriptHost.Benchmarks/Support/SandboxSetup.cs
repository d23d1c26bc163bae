using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using ScriptHost.Execution.Rendering;
using ScriptHost.Functions;
using ScriptHost.Sandbox;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Benchmarks.Support;

/// <summary>The sandbox set up as the server sets it up, and the hand-written Roslyn scripting baseline.</summary>
internal static class SandboxSetup
{
    /// <summary>The namespaces the server imports into every function (kept equal to ScriptHostApplication.FunctionImports).</summary>
    public static readonly string[] Imports =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks",
        "System.Text.Json.Nodes", "ScriptHost.Functions", "Twilio.TwiML",
    ];

    public static SandboxOptions Options => new()
    {
        GlobalsType = typeof(FunctionGlobals),
        ApiAssemblies = [typeof(FunctionGlobals).Assembly],
        LibraryAssemblies = [typeof(global::Twilio.TwilioClient).Assembly],
        CallWrappers = [typeof(TwimlCalls)],
        Imports = Imports,
    };

    public static ScriptCompiler NewCompiler() => new(Options);

    /// <summary>
    /// The server's compiler without Twilio's library (no reference, no call wrappers, no TwiML import): what
    /// referencing the 10 MB Twilio.dll costs a compile is the difference against <see cref="NewCompiler"/>.
    /// </summary>
    public static ScriptCompiler NewCompilerWithoutLibrary() => new(new SandboxOptions
    {
        GlobalsType = typeof(FunctionGlobals),
        ApiAssemblies = [typeof(FunctionGlobals).Assembly],
        Imports = [.. Imports.Where(i => !i.StartsWith("Twilio", StringComparison.Ordinal))],
    });

    /// <summary>What a developer writes by hand: Roslyn scripting with its default options plus the API and imports.</summary>
    public static ScriptOptions ScriptingOptions => ScriptOptions.Default
        .AddReferences(typeof(FunctionGlobals).Assembly, typeof(global::Twilio.TwilioClient).Assembly)
        .AddImports(Imports);

    public static ScriptRunner<object> ScriptingDelegate(string source) =>
        CSharpScript.Create<object>(source, ScriptingOptions, typeof(FunctionGlobals)).CreateDelegate();

    /// <summary>
    /// The script compiled exactly as the sandbox compiles it, but emitted without guard injection: isolates what the
    /// guards cost from what the collectible context and the invoker cost.
    /// </summary>
    public static CompiledScript CompileUnguarded(string source)
    {
        var options = Options;
        var apiAssemblies = options.ApiAssemblies.Append(options.GlobalsType.Assembly).Distinct().ToArray();
        var compilation = CSharpCompilation.CreateScriptCompilation(
            "Unguarded" + Guid.NewGuid().ToString("N"),
            CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)),
            CompilerReferences.For(apiAssemblies.Concat(options.LibraryAssemblies)),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                usings: options.Imports,
                scriptClassName: ScriptLoader.ScriptClassName,
                optimizationLevel: OptimizationLevel.Release),
            previousScriptCompilation: null,
            returnType: typeof(object),
            globalsType: options.GlobalsType);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("; ", emitted.Diagnostics));
        }

        return new CompiledScript("unguarded-" + Guid.NewGuid().ToString("N"), image.ToArray());
    }

    /// <summary>Compiles through the sandbox and fails loudly: a benchmark of a failed compile measures nothing.</summary>
    public static async Task<CompiledScript> CompileAsync(ScriptCompiler compiler, string source)
    {
        var result = await compiler.CompileAsync(source);
        return result.Script ?? throw new InvalidOperationException("Benchmark script does not compile: " + string.Join("; ", result.Diagnostics));
    }
}
