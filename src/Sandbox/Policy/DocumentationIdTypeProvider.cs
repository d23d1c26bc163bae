using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Text;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Decodes metadata signatures into the type spelling of documentation comment ids (<c>System.Int32</c>,
/// <c>System.Collections.Generic.List{``0}</c>, <c>`0</c>), so a member reference in IL can be looked up in the
/// same id sets the semantic check uses.
/// </summary>
internal sealed class DocumentationIdTypeProvider : ISignatureTypeProvider<string, object?>
{
    public static readonly DocumentationIdTypeProvider Instance = new();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        DefinitionName(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        ReferenceName(reader, handle, out _);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) =>
        elementType + "[" + string.Join(",", Enumerable.Repeat("0:", shape.Rank)) + "]";

    public string GetByReferenceType(string elementType) => elementType + "@";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "=FUNC";

    public string GetGenericMethodParameter(object? genericContext, int index) => "``" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "`" + index;

    /// <summary><c>System.Collections.Generic.Dictionary`2.KeyCollection</c> with two arguments becomes <c>...Dictionary{A,B}.KeyCollection</c>.</summary>
    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        Instantiation(genericType, typeArguments);

    /// <summary>
    /// <c>Outer`1.Inner`1</c> with arguments A, B becomes <c>Outer{A}.Inner{B}</c>: the one spelling of a generic
    /// instantiation in a documentation id, shared by the IL policy and the sized-call table.
    /// </summary>
    public static string Instantiation(string definition, IReadOnlyList<string> arguments)
    {
        var builder = new StringBuilder();
        var next = 0;
        foreach (var segment in definition.Split('.'))
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            var tick = segment.IndexOf('`', StringComparison.Ordinal);
            if (tick < 0 || !int.TryParse(segment.AsSpan(tick + 1), out var arity))
            {
                builder.Append(segment);
                continue;
            }

            builder.Append(segment, 0, tick).Append('{').AppendJoin(',', arguments.Skip(next).Take(arity)).Append('}');
            next += arity;
        }

        return builder.ToString();
    }

    /// <summary>A type reference's full name with nested types joined by dots, and the assembly it comes from.</summary>
    public static string ReferenceName(MetadataReader reader, TypeReferenceHandle handle, out string? assembly)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        var scope = reference.ResolutionScope;
        switch (scope.Kind)
        {
            case HandleKind.TypeReference:
                return ReferenceName(reader, (TypeReferenceHandle)scope, out assembly) + "." + name;
            case HandleKind.AssemblyReference:
                assembly = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
                break;
            default:
                assembly = null;
                break;
        }

        var ns = reader.GetString(reference.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string DefinitionName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        var name = reader.GetString(definition.Name);
        var declaring = definition.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return DefinitionName(reader, declaring) + "." + name;
        }

        var ns = reader.GetString(definition.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
