using System.Runtime.CompilerServices;
using ScriptHost.Sandbox.Policy;

namespace ScriptHost.Sandbox.Tests.Policy;

public sealed class AllowlistReportTests
{
    private const string UpdateVariable = "UPDATE_ALLOWLIST_REPORT";

    [Fact]
    public void Allowlist_EveryEntry_MatchesSomethingInTheReferencedAssemblies()
    {
        Assert.True(
            ResolvedAllowlist.Framework.Errors.Count == 0,
            "Entries in allowlist.txt that match nothing:\n" + string.Join("\n", ResolvedAllowlist.Framework.Errors));
    }

    [Fact]
    public void Report_CheckedInFile_MatchesTheAllowlist()
    {
        var path = ReportPath();
        var generated = AllowlistReport.Render(ResolvedAllowlist.Framework);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            checkedIn == generated,
            $"{path} is out of date with allowlist.txt (or the framework changed). Review the change, then run "
            + $"'{UpdateVariable}=1 dotnet test tests/Sandbox.Tests --filter AllowlistReportTests' and commit the report.");
    }

    private static string ReportPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "../../../src/Sandbox/Policy/allowlist-report.md"));
}
