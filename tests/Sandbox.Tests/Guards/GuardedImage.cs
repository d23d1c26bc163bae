using Mono.Cecil;
using Mono.Cecil.Cil;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Guards;

/// <summary>A script compiled by the sandbox and read back with Cecil, for tests that look at the guarded IL.</summary>
internal static class GuardedImage
{
    public static ModuleDefinition Read(string source)
    {
        var compiled = SandboxFixture.Compiler.CompileAsync(source).GetAwaiter().GetResult();
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
        return ModuleDefinition.ReadModule(
            new MemoryStream(compiled.Script!.AssemblyImage),
            new ReaderParameters { ReadSymbols = true, SymbolReaderProvider = new EmbeddedPortablePdbReaderProvider() });
    }

    public static IEnumerable<MethodDefinition> MethodsWithBodies(this ModuleDefinition module) =>
        module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody);

    public static IEnumerable<MethodReference> Calls(this MethodDefinition method) =>
        method.Body.Instructions.Select(i => i.Operand).OfType<MethodReference>();
}
