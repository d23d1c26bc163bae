using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// The rules a library section's directives set on how its allowed members are called, checked on the operation tree
/// (IL cannot tell an omitted argument from a given one): <c>required-argument T</c> refuses a call that leaves a
/// parameter of type T out or passes null, and <c>json-text-arguments</c> refuses handing a value of a type the script
/// declares (its own class, record or anonymous type) to a parameter or settable property that takes any object,
/// which the library would serialize by reflection, running and holding on to the script's code.
/// </summary>
internal sealed class LibraryArgumentRules(SymbolDecisions decisions, RefusalHints hints)
{
    /// <summary>The refusal's message if <paramref name="operation"/> breaks a rule, else null.</summary>
    public string? Check(IOperation operation, IAssemblySymbol ownAssembly)
    {
        if (!decisions.HasLibraries)
        {
            return null;
        }

        switch (operation)
        {
            case IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol or IPropertySymbol } parameter } argument
                when decisions.LibraryOf(parameter.ContainingSymbol) is { } library:
                return RequiredArgument(library, parameter, argument) ?? JsonTextArgument(library, parameter.ContainingSymbol, parameter.OriginalDefinition.Type, argument.Value, ownAssembly);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment
                when decisions.LibraryOf(property) is { } library:
                return JsonTextArgument(library, property, property.OriginalDefinition.Type, assignment.Value, ownAssembly);
            case ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field: var field } } assignment
                when decisions.LibraryOf(field) is { } library:
                return JsonTextArgument(library, field, field.OriginalDefinition.Type, assignment.Value, ownAssembly);
            default:
                return null;
        }
    }

    private string? RequiredArgument(LibraryRules library, IParameterSymbol parameter, IArgumentOperation argument)
    {
        if (parameter.Type is not INamedTypeSymbol type
            || !library.Section.RequiredArguments.Contains(LibraryRules.MetadataName(type.OriginalDefinition), StringComparer.Ordinal))
        {
            return null;
        }

        var omitted = argument.ArgumentKind == ArgumentKind.DefaultValue
            || WithoutConversions(argument.Value).ConstantValue is { HasValue: true, Value: null };
        return omitted
            ? PolicyFindings.RequiredArgumentMessage(PolicyDisplay.Describe(parameter.ContainingSymbol), parameter.Name, hints.For(type))
            : null;
    }

    private string? JsonTextArgument(LibraryRules library, ISymbol member, ITypeSymbol declaredType, IOperation value, IAssemblySymbol ownAssembly)
    {
        if (!library.Section.JsonTextArguments || !TakesAnyObject(declaredType)
            || WithoutConversions(value).Type is not { } valueType || !HoldsOwnType(valueType, ownAssembly))
        {
            return null;
        }

        return PolicyFindings.JsonTextArgumentMessage(
            PolicyDisplay.Describe(member), PolicyDisplay.Describe(valueType), hints.For(AllowlistParser.JsonTextArgumentsDirective));
    }

    private static IOperation WithoutConversions(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    /// <summary><c>object</c>, a type parameter, or a collection or array of them, as the member declares it.</summary>
    private static bool TakesAnyObject(ITypeSymbol type) => type switch
    {
        { SpecialType: SpecialType.System_Object } or ITypeParameterSymbol => true,
        IArrayTypeSymbol array => TakesAnyObject(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(TakesAnyObject),
        _ => false,
    };

    /// <summary>A type the script declares, an anonymous type, or one built of them (<c>List&lt;Mine&gt;</c>, <c>Mine[]</c>).</summary>
    private static bool HoldsOwnType(ITypeSymbol type, IAssemblySymbol ownAssembly) => type switch
    {
        IArrayTypeSymbol array => HoldsOwnType(array.ElementType, ownAssembly),
        INamedTypeSymbol named => named.IsAnonymousType
            || SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, ownAssembly)
            || named.TypeArguments.Any(argument => HoldsOwnType(argument, ownAssembly)),
        _ => false,
    };
}
