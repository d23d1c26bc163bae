using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// Writes the portable PDB embedded in the assembly when the assembly goes to a stream with no file name: Cecil's
/// embedded provider insists on a file name it never uses for an embedded PDB.
/// </summary>
internal sealed class InMemoryEmbeddedPdbWriterProvider : ISymbolWriterProvider
{
    private const string PlaceholderFileName = "script.dll";

    private readonly EmbeddedPortablePdbWriterProvider _embedded = new();

    public ISymbolWriter GetSymbolWriter(ModuleDefinition module, string fileName) =>
        _embedded.GetSymbolWriter(module, string.IsNullOrEmpty(fileName) ? PlaceholderFileName : fileName);

    public ISymbolWriter GetSymbolWriter(ModuleDefinition module, Stream symbolStream) =>
        _embedded.GetSymbolWriter(module, symbolStream);
}
