using System.Reflection;
using System.Runtime.CompilerServices;
using ScriptHost.Sandbox.Policy;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Policy;

public sealed class AllowlistReportTests
{
    private const string UpdateVariable = "UPDATE_ALLOWLIST_REPORT";

    [Fact]
    public void Allowlist_EveryEntry_MatchesSomethingInTheReferencedAssemblies()
    {
        var errors = ResolvedAllowlist.Framework.Errors.Concat(EmbeddedLibraries().SelectMany(l => l.Errors)).ToList();
        Assert.True(errors.Count == 0, "Entries in allowlist.txt that match nothing:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Report_CheckedInFile_MatchesTheAllowlist()
    {
        AssertCheckedIn(
            AllowlistReport.Render(ResolvedAllowlist.Framework, EmbeddedLibraries()),
            SourcePath("../../../src/Sandbox/Policy/allowlist-report.md"),
            "allowlist.txt (or the framework, or a library)");
    }

    [Fact]
    public void TestLibrarySection_EveryLine_MatchesSomethingInTheLibrary()
    {
        var errors = TestLibraryPolicy.Policy.DescribeLibraries().SelectMany(l => l.Errors).ToList();
        Assert.True(errors.Count == 0, "Lines of the test library section that match nothing:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void LibrarySection_LinesMatchingNothing_AreErrorsNamingTheirLines()
    {
        var allowlist = Allowlist.Parse(Allowlist.Embedded.Text + """

            [library TestLibrary]
            namespace TestLibrary.Nowhere **
            namespace TestLibrary.Messages **
                -Sender.NoSuchMember
                -Sender.Send(string)
            namespace TestLibrary.Clients
                NoSuchType
                IClient
                    NoSuchMember
            """);
        var lines = allowlist.Text.Split('\n').Length;
        var policy = ApiPolicy.Create([typeof(TestHost).Assembly], [TestLibraryPolicy.Library], allowlist, TestLibraryPolicy.Hints);

        var errors = Assert.Single(policy.DescribeLibraries()).Errors;

        Assert.Equal(
            [$"line {lines - 7}", $"line {lines - 5}", $"line {lines - 4}", $"line {lines - 2}", $"line {lines}"],
            errors.Select(e => e[..e.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Report_TestLibrarySection_MatchesItsCheckedInReport()
    {
        // The test library's part of the report, as the embedded allowlist's Twilio section has its own.
        AssertCheckedIn(
            AllowlistReport.RenderLibrary(Assert.Single(TestLibraryPolicy.Policy.DescribeLibraries())),
            SourcePath("../Support/TestLibraryPolicy/report.md"),
            "Support/TestLibraryPolicy/allowlist.txt (or tests/TestLibrary)");
    }

    /// <summary>The library of each section of the embedded allowlist, loaded by name: this project references each one.</summary>
    private static IReadOnlyList<LibrarySurface> EmbeddedLibraries() =>
        ApiPolicy.Create([typeof(TestHost).Assembly], [.. Allowlist.Embedded.Libraries.Select(l => Assembly.Load(l.AssemblyName))])
            .DescribeLibraries();

    private static void AssertCheckedIn(string generated, string path, string source)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            checkedIn == generated,
            $"{path} is out of date with {source}. Review the change, then run "
            + $"'{UpdateVariable}=1 dotnet test tests/Sandbox.Tests --filter AllowlistReportTests' and commit the report.");
    }

    private static string SourcePath(string relative, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, relative));
}
