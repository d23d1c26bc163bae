using Mono.Cecil;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// References, from one script module, to the <see cref="ScriptGuard"/> methods injected code calls. Built by hand
/// from the module's own type system rather than imported by reflection, which would add a reference to the
/// runtime's private core library to the script.
/// </summary>
internal sealed class GuardMethodReferences
{
    public GuardMethodReferences(ModuleDefinition module)
    {
        var sandboxName = typeof(ScriptGuard).Assembly.GetName();
        var sandboxReference = module.AssemblyReferences.FirstOrDefault(r => r.Name == sandboxName.Name);
        if (sandboxReference is null)
        {
            sandboxReference = new AssemblyNameReference(sandboxName.Name, sandboxName.Version)
            {
                PublicKeyToken = sandboxName.GetPublicKeyToken() ?? [],
            };
            module.AssemblyReferences.Add(sandboxReference);
        }

        var guardType = new TypeReference(typeof(ScriptGuard).Namespace, nameof(ScriptGuard), module, sandboxReference);
        var types = module.TypeSystem;
        Enter = Method(guardType, nameof(ScriptGuard.Enter), types.Object);
        Resume = Method(guardType, nameof(ScriptGuard.Resume), types.Object);
        Exit = Method(guardType, nameof(ScriptGuard.Exit), types.Void, types.Object);
        BackEdge = Method(guardType, nameof(ScriptGuard.BackEdge), types.Void, types.Object);
        EnterStaticConstructor = Method(guardType, nameof(ScriptGuard.EnterStaticConstructor), types.Object);
        ExitStaticConstructor = Method(guardType, nameof(ScriptGuard.ExitStaticConstructor), types.Void, types.Object);
        MayCatch = Method(guardType, nameof(ScriptGuard.MayCatch), types.Boolean, types.Object, types.Object);
        EnterFilter = Method(guardType, nameof(ScriptGuard.EnterFilter), types.Boolean, types.Object, types.Object);
        EnterCatch = Method(guardType, nameof(ScriptGuard.EnterCatch), types.Void, types.Object, types.Object);
        EnterFinally = Method(guardType, nameof(ScriptGuard.EnterFinally), types.Boolean, types.Object);
        BeforeNewArray = Method(guardType, nameof(ScriptGuard.BeforeNewArray), types.IntPtr, types.IntPtr, types.Int32, types.Object);
        BeforeStackAlloc = Method(guardType, nameof(ScriptGuard.BeforeStackAlloc), types.UIntPtr, types.UIntPtr, types.Object);
        Object = types.Object;
    }

    public MethodReference Enter { get; }

    public MethodReference Resume { get; }

    public MethodReference Exit { get; }

    public MethodReference EnterStaticConstructor { get; }

    public MethodReference ExitStaticConstructor { get; }

    public MethodReference BackEdge { get; }

    public MethodReference MayCatch { get; }

    public MethodReference EnterFilter { get; }

    public MethodReference EnterCatch { get; }

    public MethodReference EnterFinally { get; }

    public MethodReference BeforeNewArray { get; }

    public MethodReference BeforeStackAlloc { get; }

    public TypeReference Object { get; }

    private static MethodReference Method(TypeReference declaringType, string name, TypeReference returnType, params TypeReference[] parameters)
    {
        var method = new MethodReference(name, returnType, declaringType) { HasThis = false };
        foreach (var parameter in parameters)
        {
            method.Parameters.Add(new ParameterDefinition(parameter));
        }

        return method;
    }
}
