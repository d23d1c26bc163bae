using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// Rewrites an emitted script assembly so that every method entry, loop back-edge, exception handler and array
/// allocation calls into <see cref="ScriptGuard"/>, every method body sits in a try/finally that uncounts its
/// frame, and no script method is inlined (so an error's trace names the method it was thrown in); calls of framework members that can allocate far more than they are given go through size-checking
/// wrappers (<see cref="SizedCalls.SizedCallRedirector"/>). The embedded portable PDB is read and written back, so
/// script line numbers survive.
/// </summary>
internal sealed class GuardInjector
{
    /// <summary>Changes whenever the injected code changes; part of every script key.</summary>
    public const string Version = "6";

    private readonly SizedCalls.SizedCallTable _sizedCalls;

    /// <summary>An injector redirecting the sandbox's own sized calls.</summary>
    public GuardInjector()
        : this(SizedCalls.SizedCallTable.Instance)
    {
    }

    /// <summary>An injector redirecting the calls <paramref name="sizedCalls"/> lists (the host's call wrappers included).</summary>
    public GuardInjector(SizedCalls.SizedCallTable sizedCalls)
    {
        _sizedCalls = sizedCalls;
    }

    public byte[] Inject(byte[] assemblyImage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assemblyImage);
        using var input = new MemoryStream(assemblyImage, writable: false);
        var readerParameters = new ReaderParameters
        {
            ReadSymbols = true,
            SymbolReaderProvider = new EmbeddedPortablePdbReaderProvider(),
            ReadingMode = ReadingMode.Immediate,
        };
        using var module = ModuleDefinition.ReadModule(input, readerParameters);
        SizedCalls.SizedCallRedirector.Redirect(module, _sizedCalls);
        var guards = new GuardMethodReferences(module);

        foreach (var type in AllTypes(module))
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!UnguardedMethods.Contains(method))
                {
                    new MethodGuardWriter(method, guards).Write();

                    // The JIT inlines small methods, guards' try/finally and all, and an inlined frame is missing from an
                    // exception's trace: an error thrown in a helper (a shared-code method above all) would carry its
                    // caller's line and file. A call per script method is the price of pointing at the right line.
                    method.NoInlining = true;
                }
            }
        }

        using var output = new MemoryStream();
        module.Write(output, new WriterParameters
        {
            WriteSymbols = true,
            SymbolWriterProvider = new InMemoryEmbeddedPdbWriterProvider(),
            DeterministicMvid = true,
        });
        return output.ToArray();
    }

    private static IEnumerable<TypeDefinition> AllTypes(ModuleDefinition module)
    {
        var pending = new Stack<TypeDefinition>(module.Types);
        while (pending.TryPop(out var type))
        {
            yield return type;
            foreach (var nested in type.NestedTypes)
            {
                pending.Push(nested);
            }
        }
    }
}
