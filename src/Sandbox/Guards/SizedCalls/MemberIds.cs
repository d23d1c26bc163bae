using System.Reflection;
using System.Text;
using Mono.Cecil;
using ScriptHost.Sandbox.Policy;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// Spells a method as a documentation comment id (<c>M:System.String.PadLeft(System.Int32)</c>,
/// <c>M:System.Linq.Enumerable.ToList``1(System.Collections.Generic.IEnumerable{``0})</c>) from reflection and from a
/// Mono.Cecil reference, so the wrapper table, the guard injector and the IL policy all name a member the same way.
/// </summary>
internal static class MemberIds
{
    public static string Of(MethodBase method)
    {
        var declaring = method.DeclaringType!;
        var builder = new StringBuilder("M:").Append(DefinitionName(declaring)).Append('.');
        builder.Append(method.Name.Replace('.', '#'));
        if (method.IsGenericMethod)
        {
            builder.Append("``").Append(method.GetGenericArguments().Length);
        }

        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            builder.Append('(').AppendJoin(',', parameters.Select(p => TypeName(p.ParameterType))).Append(')');
        }

        return builder.ToString();
    }

    public static string Of(MethodReference method)
    {
        var element = method.GetElementMethod();
        var declaring = element.DeclaringType is GenericInstanceType generic ? generic.ElementType : element.DeclaringType;
        var builder = new StringBuilder("M:").Append(DefinitionName(declaring)).Append('.');
        builder.Append(element.Name.Replace('.', '#'));
        if (element.HasGenericParameters)
        {
            builder.Append("``").Append(element.GenericParameters.Count);
        }

        if (element.HasParameters)
        {
            builder.Append('(').AppendJoin(',', element.Parameters.Select(p => TypeName(p.ParameterType))).Append(')');
        }

        return builder.ToString();
    }

    private static string DefinitionName(Type type) =>
        type.DeclaringType is { } outer ? DefinitionName(outer) + "." + type.Name : type.Namespace + "." + type.Name;

    private static string DefinitionName(TypeReference type) =>
        type.DeclaringType is { } outer ? DefinitionName(outer) + "." + type.Name : type.Namespace + "." + type.Name;

    public static string TypeName(Type type)
    {
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + (type.IsSZArray ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", type.GetArrayRank())) + "]");
        }

        if (type.IsGenericType)
        {
            return DocumentationIdTypeProvider.Instantiation(DefinitionName(type.GetGenericTypeDefinition()), type.GetGenericArguments().Select(TypeName).ToList());
        }

        return DefinitionName(type);
    }

    private static string TypeName(TypeReference type) => type switch
    {
        GenericParameter parameter => (parameter.Type == GenericParameterType.Method ? "``" : "`") + parameter.Position,
        ByReferenceType byReference => TypeName(byReference.ElementType) + "@",
        PointerType pointer => TypeName(pointer.ElementType) + "*",
        ArrayType array => TypeName(array.ElementType) + (array.IsVector ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", array.Rank)) + "]"),
        IModifierType modified => TypeName(modified.ElementType),
        PinnedType pinned => TypeName(pinned.ElementType),
        GenericInstanceType generic => DocumentationIdTypeProvider.Instantiation(DefinitionName(generic.ElementType), generic.GenericArguments.Select(TypeName).ToList()),
        _ => DefinitionName(type),
    };
}
