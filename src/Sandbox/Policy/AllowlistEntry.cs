using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// One type line of the allowlist with the member lines below it. <c>MetadataName</c> is spelled as in metadata
/// (<c>List`1</c>, nested types as <c>Outer+Inner</c>); <c>AllMembers</c> means the line ends in <c>*</c>: every
/// public and protected member and nested type, less the <c>Exclusions</c>.
/// </summary>
internal sealed record AllowlistEntry(
    AllowlistSection Section,
    string Namespace,
    string MetadataName,
    bool AllMembers,
    IReadOnlyList<MemberPattern> Members,
    IReadOnlyList<MemberPattern> Exclusions,
    int Line)
{
    public string FullMetadataName => Namespace + "." + MetadataName;
}

/// <summary>
/// A member line: a name, and optionally the one overload's parameter types as written between the parentheses
/// (null for every overload).
/// </summary>
internal sealed record MemberPattern(string Name, string? Parameters, int Line)
{
    /// <summary>Whether <paramref name="member"/> is what this line names: the name, and the overload when one is given.</summary>
    public bool Matches(ISymbol member) =>
        member.Name == Name
        && (Parameters is null || PolicyDisplay.ParameterList(member) == PolicyDisplay.NormaliseParameterList(Parameters));

    public override string ToString() => Parameters is null ? Name : $"{Name}({Parameters})";
}
