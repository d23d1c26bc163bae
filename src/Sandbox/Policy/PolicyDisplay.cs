using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>How the policy names APIs: in diagnostics, in the report, and when matching an overload's parameters.</summary>
internal static class PolicyDisplay
{
    /// <summary>Fully qualified, with parameter types: <c>System.IO.File.ReadAllText(string)</c>.</summary>
    public static readonly SymbolDisplayFormat Api = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        propertyStyle: SymbolDisplayPropertyStyle.NameOnly,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>Parameter types as the allowlist writes them: <c>string</c>, <c>RegexOptions</c>, <c>JsonTypeInfo&lt;T&gt;</c>.</summary>
    private static readonly SymbolDisplayFormat ParameterType = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static string Describe(ISymbol symbol) => symbol.ToDisplayString(Api);

    /// <summary>The parameter list of <paramref name="member"/> in the allowlist's spelling, without spaces.</summary>
    public static string ParameterList(ISymbol member)
    {
        var parameters = member switch
        {
            IMethodSymbol method => method.Parameters,
            IPropertySymbol property => property.Parameters,
            _ => [],
        };
        return string.Join(",", parameters.Select(p => RefPrefix(p.RefKind) + p.Type.ToDisplayString(ParameterType)));
    }

    /// <summary>An allowlist parameter list normalised for comparison with <see cref="ParameterList"/>: no whitespace.</summary>
    public static string NormaliseParameterList(string written) =>
        string.Concat(written.Where(c => !char.IsWhiteSpace(c)));

    private static string RefPrefix(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        RefKind.RefReadOnlyParameter => "refreadonly",
        _ => string.Empty,
    };
}
