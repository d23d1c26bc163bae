using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Guards.SizedCalls;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Checks the final image, after guard injection: every type and member it references must be allowed (the
/// compiler's infrastructure included), defined by the script itself, part of the API assemblies, allowed by a
/// library's rules (the same decisions the semantic check made, found by documentation id), or the guard runtime (the
/// guard class and the sized-call wrappers, the host's call wrappers included). A member the guard injector redirects to
/// a wrapper is refused where a reference to it is left over: that use would run unchecked. Also refuses what only
/// shows in IL: <c>calli</c>, <c>localloc</c>, P/Invoke, module initializers and explicit layout. Defence in depth behind the semantic check, which should have refused all of this already.
/// </summary>
internal sealed class IlPolicyChecker
{
    private static readonly string GuardTypeName = typeof(ScriptGuard).FullName!;
    private static readonly string GuardAssembly = typeof(ScriptGuard).Assembly.GetName().Name!;

    private readonly ResolvedAllowlist _allowlist;
    private readonly FrozenSet<string> _apiAssemblies;
    private readonly FrozenSet<string> _libraryAssemblies;
    private readonly FrozenSet<string> _knownAssemblies;
    private readonly SymbolDecisions _decisions;
    private readonly LibrarySymbolLookup _librarySymbols;
    private readonly SizedCallTable _sizedCalls;

    public IlPolicyChecker(
        ResolvedAllowlist allowlist,
        FrozenSet<string> apiAssemblies,
        IEnumerable<string> frameworkAssemblies,
        FrozenSet<string> libraryAssemblies,
        SymbolDecisions decisions,
        LibrarySymbolLookup librarySymbols,
        SizedCallTable sizedCalls)
    {
        _allowlist = allowlist;
        _apiAssemblies = apiAssemblies;
        _libraryAssemblies = libraryAssemblies;
        _decisions = decisions;
        _librarySymbols = librarySymbols;
        _sizedCalls = sizedCalls;
        _knownAssemblies = frameworkAssemblies.Concat(apiAssemblies).Concat(libraryAssemblies).Concat(sizedCalls.WrapperAssemblies)
            .Append(GuardAssembly).ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<ScriptDiagnostic> Check(byte[] assemblyImage, IReadOnlyList<SyntaxTree> sources, CancellationToken cancellationToken)
    {
        using var pe = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(assemblyImage));
        var reader = pe.GetMetadataReader();
        var violations = new List<(string Subject, string Reason, string? Name)>();

        foreach (var handle in reader.AssemblyReferences)
        {
            var name = reader.GetString(reader.GetAssemblyReference(handle).Name);
            if (!_knownAssemblies.Contains(name))
            {
                violations.Add((name, "assembly reference", null));
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.ModuleRef); row++)
        {
            var module = reader.GetModuleReference(MetadataTokens.ModuleReferenceHandle(row));
            violations.Add((reader.GetString(module.Name), "native module reference", null));
        }

        foreach (var handle in reader.TypeReferences)
        {
            var name = DocumentationIdTypeProvider.ReferenceName(reader, handle, out var assembly);
            if (!IsAllowedType(name, assembly))
            {
                violations.Add((name, "type", SimpleName(name)));
            }
        }

        // Type specifications and method instantiations name their types through TypeReference rows, all checked
        // above; member references are checked by their declaring type, name and signature.
        foreach (var handle in reader.MemberReferences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (CheckMemberReference(reader, reader.GetMemberReference(handle)) is { } violation)
            {
                violations.Add(violation);
            }
        }

        CheckDefinitions(pe, reader, violations, cancellationToken);

        var findings = new PolicyFindings();
        var locator = new SourceLocator(sources);
        foreach (var (subject, reason, name) in violations)
        {
            findings.Add(
                SandboxDiagnosticIds.ForbiddenIl,
                $"'{subject}' ({reason}) is not allowed in functions; it was found in the compiled code.",
                locator.Find(name));
        }

        return findings.ToList();
    }

    private bool IsAllowedType(string name, string? assembly)
    {
        if (assembly is null || !_knownAssemblies.Contains(assembly))
        {
            return false;
        }

        if (_libraryAssemblies.Contains(assembly))
        {
            return IsAllowedInLibrary("T:" + name, assembly);
        }

        return _apiAssemblies.Contains(assembly)
            || IsGuardRuntimeType(name, assembly)
            || _allowlist.AnyIds.Contains("T:" + name)
            || _allowlist.SignatureTypeIds.Contains("T:" + name);
    }

    private (string Subject, string Reason, string? Name)? CheckMemberReference(MetadataReader reader, MemberReference member)
    {
        var name = reader.GetString(member.Name);
        string typeName;
        string? assembly;
        switch (member.Parent.Kind)
        {
            case HandleKind.TypeDefinition or HandleKind.MethodDefinition:
                return null;
            case HandleKind.TypeReference:
                typeName = DocumentationIdTypeProvider.ReferenceName(reader, (TypeReferenceHandle)member.Parent, out assembly);
                break;
            case HandleKind.TypeSpecification:
                var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)member.Parent).Signature);
                var code = blob.ReadSignatureTypeCode();
                if (code is SignatureTypeCode.Array or SignatureTypeCode.SZArray)
                {
                    // Get/Set/Address on multi-dimensional arrays; the element type is a TypeReference, checked.
                    return null;
                }

                if (code != SignatureTypeCode.GenericTypeInstance)
                {
                    return (name, "member of an unexpected type", name);
                }

                blob.ReadSignatureTypeCode();
                var generic = blob.ReadTypeHandle();
                if (generic.Kind != HandleKind.TypeReference)
                {
                    return null;
                }

                typeName = DocumentationIdTypeProvider.ReferenceName(reader, (TypeReferenceHandle)generic, out assembly);
                break;
            default:
                return (name, "member of a native module", name);
        }

        if (assembly is not null && (_apiAssemblies.Contains(assembly) || IsGuardRuntimeType(typeName, assembly)))
        {
            return null;
        }

        var id = member.GetKind() == MemberReferenceKind.Field
            ? "F:" + typeName + "." + name
            : MethodId(typeName, name, member.DecodeMethodSignature(DocumentationIdTypeProvider.Instance, genericContext: null));
        var shownName = AccessorFree(name);
        if (_sizedCalls.IsReplaced(id))
        {
            return (typeName + "." + name, "member the host checks at each call, used where its check cannot run: as a base constructor or an instance method group", shownName);
        }

        var allowed = assembly is not null && _libraryAssemblies.Contains(assembly)
            ? IsAllowedInLibrary(id, assembly)
            : _allowlist.AnyIds.Contains(id);
        return allowed ? null : (typeName + "." + name, "member", shownName);
    }

    /// <summary>A library reference is decided on its symbol; one the library does not have (or not publicly) is refused.</summary>
    private bool IsAllowedInLibrary(string id, string assembly) =>
        _librarySymbols.Find(id, assembly) is { } symbol && _decisions.IsAllowed(symbol, implicitUse: true);

    private bool IsGuardRuntimeType(string name, string assembly) =>
        (assembly == GuardAssembly && name == GuardTypeName) || _sizedCalls.IsWrapperType(name, assembly);

    private static string MethodId(string typeName, string name, MethodSignature<string> signature)
    {
        var id = "M:" + typeName + "." + name.Replace('.', '#');
        if (signature.GenericParameterCount > 0)
        {
            id += "``" + signature.GenericParameterCount;
        }

        if (signature.ParameterTypes.Length > 0)
        {
            id += "(" + string.Join(",", signature.ParameterTypes) + ")";
        }

        return name is "op_Implicit" or "op_Explicit" ? id + "~" + signature.ReturnType : id;
    }

    private static void CheckDefinitions(
        PEReader pe, MetadataReader reader, List<(string Subject, string Reason, string? Name)> violations, CancellationToken cancellationToken)
    {
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            var typeName = DocumentationIdTypeProvider.DefinitionName(reader, typeHandle);
            // Explicit layout is dangerous only when fields can overlap; the compiler's own size-only blobs for constant
            // array data (<PrivateImplementationDetails>+__StaticArrayInitTypeSize=N) have no fields and alias nothing.
            if ((type.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout && type.GetFields().Count > 0)
            {
                violations.Add((typeName, "explicit layout", SimpleName(typeName)));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var method = reader.GetMethodDefinition(methodHandle);
                var methodName = reader.GetString(method.Name);
                if (typeName == "<Module>")
                {
                    violations.Add((methodName, "module initializer", null));
                }

                if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0 || !method.GetImport().Name.IsNil)
                {
                    violations.Add((typeName + "." + methodName, "P/Invoke", methodName));
                }

                if ((method.ImplAttributes & (MethodImplAttributes.InternalCall | MethodImplAttributes.Native | MethodImplAttributes.Unmanaged)) != 0)
                {
                    violations.Add((typeName + "." + methodName, "native method", methodName));
                }

                if (method.RelativeVirtualAddress != 0
                    && IlOpcodeScanner.FindForbidden(pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader()) is { } opcode)
                {
                    violations.Add((typeName + "." + methodName, opcode, methodName));
                }
            }
        }
    }

    private static string SimpleName(string fullName)
    {
        var name = fullName[(fullName.LastIndexOf('.') + 1)..];
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string AccessorFree(string name)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["get_", "set_", "add_", "remove_"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    /// <summary>
    /// Maps an IL finding back to the source: the first identifier with the member's name, in the first tree that has
    /// one (the function's, then its shared code's), else line 1 of the first tree. The image holds every tree's code,
    /// and its sequence points say which method a line is in, not which line references a member.
    /// </summary>
    private sealed class SourceLocator(IReadOnlyList<SyntaxTree> sources)
    {
        public Location Find(string? name)
        {
            if (name is not null)
            {
                foreach (var token in sources.SelectMany(source => source.GetRoot().DescendantTokens()))
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                    {
                        return token.GetLocation();
                    }
                }
            }

            return Location.Create(sources[0], new Microsoft.CodeAnalysis.Text.TextSpan(0, 0));
        }
    }
}
