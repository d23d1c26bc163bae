using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// The guard injector's pass that points every call of a member in <see cref="SizedCallTable"/> at its wrapper:
/// <c>call</c>/<c>callvirt</c>/<c>newobj</c> become a <c>call</c> of the static wrapper, and a static method group
/// (<c>ldftn</c>) becomes the wrapper's. The wrapper has the member's stack shape, so only the instruction's operand
/// changes and no offset moves. A generic wrapper is instantiated with the call site's type and method arguments.
/// </summary>
/// <remarks>
/// What cannot be redirected is left as it is — a base-constructor call (<c>call .ctor</c> from a derived
/// constructor), an instance method group, a <c>constrained.</c> call — and the IL policy refuses it, since it would
/// run unchecked.
/// </remarks>
internal sealed class SizedCallRedirector
{
    private readonly ModuleDefinition _module;
    private readonly SizedCallTable _table;
    private readonly Dictionary<System.Reflection.Assembly, AssemblyNameReference> _wrapperAssemblies = [];
    private readonly Dictionary<Type, TypeReference> _wrapperTypes = [];

    private SizedCallRedirector(ModuleDefinition module, SizedCallTable table)
    {
        _module = module;
        _table = table;
    }

    /// <summary>Redirects the calls <paramref name="table"/> lists in every method body of <paramref name="module"/>.</summary>
    public static void Redirect(ModuleDefinition module, SizedCallTable table)
    {
        var redirector = new SizedCallRedirector(module, table);
        foreach (var method in module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
        {
            redirector.Rewrite(method.Body);
        }

        foreach (var reference in redirector._wrapperAssemblies.Values.Where(r => !module.AssemblyReferences.Contains(r)))
        {
            module.AssemblyReferences.Add(reference);
        }
    }

    private void Rewrite(MethodBody body)
    {
        foreach (var instruction in body.Instructions)
        {
            if (instruction.Operand is not MethodReference target
                || instruction.OpCode.Code is not (Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn)
                || instruction.Previous?.OpCode.Code == Code.Constrained
                || !_table.TryGet(MemberIds.Of(target), out var call))
            {
                continue;
            }

            var isConstructor = target.Name == ReplacesAttribute.Constructor;
            var redirectable = instruction.OpCode.Code switch
            {
                Code.Newobj => isConstructor,
                Code.Ldftn => !target.HasThis,
                _ => !isConstructor,
            };
            if (redirectable)
            {
                instruction.OpCode = instruction.OpCode.Code == Code.Ldftn ? OpCodes.Ldftn : OpCodes.Call;
                instruction.Operand = WrapperReference(call.Wrapper, target, isConstructor);
            }
        }
    }

    /// <summary>
    /// A reference to <paramref name="wrapper"/> spelled from the call site's own signature (so it names only types the
    /// script already references): the declaring type's generic parameter i becomes the wrapper's i, the member's j
    /// becomes the wrapper's (type arity + j).
    /// </summary>
    private MethodReference WrapperReference(System.Reflection.MethodInfo wrapper, MethodReference target, bool isConstructor)
    {
        var element = target.GetElementMethod();
        var declaringInstance = target.DeclaringType as GenericInstanceType;
        var declaringDefinition = declaringInstance?.ElementType ?? target.DeclaringType;
        var typeArity = declaringInstance?.GenericArguments.Count ?? 0;
        var methodArity = element.GenericParameters.Count;

        var reference = new MethodReference(wrapper.Name, _module.TypeSystem.Void, WrapperType(wrapper.DeclaringType!)) { HasThis = false };
        for (var i = 0; i < typeArity + methodArity; i++)
        {
            reference.GenericParameters.Add(new GenericParameter(reference));
        }

        TypeReference Translate(TypeReference type) => type switch
        {
            GenericParameter { Type: GenericParameterType.Type } p => reference.GenericParameters[p.Position],
            GenericParameter { Type: GenericParameterType.Method } p => reference.GenericParameters[typeArity + p.Position],
            GenericInstanceType generic => Instantiate(generic.ElementType, generic.GenericArguments.Select(Translate)),
            ArrayType array => new ArrayType(Translate(array.ElementType), array.Rank),
            ByReferenceType byReference => new ByReferenceType(Translate(byReference.ElementType)),
            PointerType pointer => new PointerType(Translate(pointer.ElementType)),
            RequiredModifierType modified => new RequiredModifierType(modified.ModifierType, Translate(modified.ElementType)),
            OptionalModifierType modified => new OptionalModifierType(modified.ModifierType, Translate(modified.ElementType)),
            _ => type,
        };

        var openDeclaring = typeArity == 0
            ? declaringDefinition
            : Instantiate(declaringDefinition, reference.GenericParameters.Take(typeArity));
        if (element.HasThis && !isConstructor)
        {
            reference.Parameters.Add(new ParameterDefinition(openDeclaring.IsValueType ? new ByReferenceType(openDeclaring) : openDeclaring));
        }

        foreach (var parameter in element.Parameters)
        {
            reference.Parameters.Add(new ParameterDefinition(Translate(parameter.ParameterType)));
        }

        reference.ReturnType = isConstructor ? openDeclaring : Translate(element.ReturnType);
        if (typeArity + methodArity == 0)
        {
            return reference;
        }

        var instance = new GenericInstanceMethod(reference);
        foreach (var argument in (declaringInstance?.GenericArguments ?? []).Concat((target as GenericInstanceMethod)?.GenericArguments ?? []))
        {
            instance.GenericArguments.Add(argument);
        }

        return instance;
    }

    private static GenericInstanceType Instantiate(TypeReference definition, IEnumerable<TypeReference> arguments)
    {
        var instance = new GenericInstanceType(definition);
        foreach (var argument in arguments)
        {
            instance.GenericArguments.Add(argument);
        }

        return instance;
    }

    private TypeReference WrapperType(Type wrapperType)
    {
        if (!_wrapperTypes.TryGetValue(wrapperType, out var reference))
        {
            reference = new TypeReference(wrapperType.Namespace, wrapperType.Name, _module, WrapperAssembly(wrapperType.Assembly));
            _wrapperTypes.Add(wrapperType, reference);
        }

        return reference;
    }

    /// <summary>
    /// The reference to the assembly holding a wrapper class: the run-time assembly beside ScriptGuard for the sandbox's
    /// own wrappers, the host's for its call wrappers; the module's own reference when it already has one.
    /// </summary>
    private AssemblyNameReference WrapperAssembly(System.Reflection.Assembly assembly)
    {
        if (!_wrapperAssemblies.TryGetValue(assembly, out var reference))
        {
            var name = assembly.GetName();
            reference = _module.AssemblyReferences.FirstOrDefault(r => r.Name == name.Name)
                ?? new AssemblyNameReference(name.Name, name.Version) { PublicKeyToken = name.GetPublicKeyToken() ?? [] };
            _wrapperAssemblies.Add(assembly, reference);
        }

        return reference;
    }
}
