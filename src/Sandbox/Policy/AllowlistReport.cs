using System.Text;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Renders the resolved allowlist as Markdown, every allowed type and member on its own sorted line, so that any
/// change of policy (an edit of allowlist.txt or a framework update) shows up as a diff of the checked-in report.
/// </summary>
internal static class AllowlistReport
{
    public static string Render(ResolvedAllowlist allowlist)
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

        return builder.ToString();
    }
}
