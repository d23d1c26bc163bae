using System.Text;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Renders the resolved allowlist as Markdown, every allowed framework type and member on its own sorted line, so that
/// any change of policy (an edit of allowlist.txt or a framework update) shows up as a diff of the checked-in report.
/// A library is shown type by type with member counts (a package can allow tens of thousands of members), with what
/// each exclusion takes out and, member by member, what is out without a line.
/// </summary>
internal static class AllowlistReport
{
    public static string Render(ResolvedAllowlist allowlist, IReadOnlyList<LibrarySurface> libraries)
    {
        var builder = new StringBuilder();
        builder.Append("# API allowlist report\n\n");
        builder.Append("Generated from `allowlist.txt` against the framework assemblies scripts compile with; do not edit.\n");
        builder.Append("Regenerate with `UPDATE_ALLOWLIST_REPORT=1 dotnet test tests/Sandbox.Tests --filter AllowlistReportTests`.\n");
        builder.Append("Besides what is listed, scripts may use the full public surface of the host's API assemblies, and compiled\n");
        builder.Append("code may reference (as types only) the types that appear in the signatures of the listed members.\n\n");
        builder.Append("Policy version: `").Append(allowlist.Source.Version).Append("`\n");

        foreach (var section in allowlist.Types.GroupBy(t => t.Section))
        {
            builder.Append(section.Key == AllowlistSection.Scripts
                ? "\n## Scripts may use\n"
                : "\n## Only the compiler may use (implicitly; scripts may not name these)\n");
            foreach (var ns in section.GroupBy(t => t.Namespace))
            {
                builder.Append("\n### ").Append(ns.Key).Append("\n\n");
                foreach (var type in ns)
                {
                    builder.Append("- `").Append(type.Display).Append('`');
                    builder.Append(type.AllMembers ? " (all members)" : type.Members.Count == 0 ? " (type only)" : string.Empty).Append('\n');
                    foreach (var member in type.Members)
                    {
                        builder.Append("  - `").Append(member).Append("`\n");
                    }
                }
            }
        }

        foreach (var library in libraries)
        {
            builder.Append('\n').Append(RenderLibrary(library));
        }

        return builder.ToString();
    }

    /// <summary>One library's section of the report.</summary>
    public static string RenderLibrary(LibrarySurface library)
    {
        var builder = new StringBuilder();
        var name = library.Section.AssemblyName;
        builder.Append("## Library ").Append(name).Append("\n\n");
        builder.Append("What scripts may use of `").Append(name).Append("` (`[library ").Append(name).Append("]`): each allowed type with how many\n");
        builder.Append("of its members (accessors aside) are allowed.\n");
        foreach (var ns in library.AllowedTypes.GroupBy(t => t.Namespace))
        {
            builder.Append("\n### ").Append(ns.Key).Append("\n\n");
            foreach (var type in ns)
            {
                builder.Append("- `").Append(type.Display).Append("` (")
                    .Append(type.AllowedMembers == type.Members ? Count(type.Members, "member") : $"{type.AllowedMembers} of {Count(type.Members, "member")}")
                    .Append(")\n");
            }
        }

        if (library.Exclusions.Count > 0)
        {
            builder.Append("\n### Taken out by the section's lines\n\n");
            foreach (var (ns, exclusion, types, members) in library.Exclusions)
            {
                builder.Append("- `").Append(ns).Append(" ** -").Append(exclusion).Append("`: ")
                    .Append(Count(types, "type")).Append(", ").Append(Count(members, "member")).Append('\n');
            }
        }

        if (library.ProcessWideState.Count > 0)
        {
            builder.Append("\n### Out without a line: process-wide state\n\n");
            foreach (var member in library.ProcessWideState)
            {
                builder.Append("- `").Append(member).Append("`\n");
            }
        }

        foreach (var (type, members) in library.ForbiddenSignatures)
        {
            builder.Append("\n### Out without a line: signatures naming `").Append(type).Append("`\n\n");
            foreach (var member in members)
            {
                builder.Append("- `").Append(member).Append("`\n");
            }
        }

        return builder.ToString();
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
