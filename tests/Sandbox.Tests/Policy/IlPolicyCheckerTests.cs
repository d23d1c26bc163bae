using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using static ScriptHost.Sandbox.Tests.Policy.PolicyTestCompilation;

namespace ScriptHost.Sandbox.Tests.Policy;

/// <summary>The IL check on its own: each script here would be refused earlier; these show the last line holds.</summary>
public sealed class IlPolicyCheckerTests
{
    [Fact]
    public void CheckIl_AsyncRecordsIteratorsAndParamsSpans_ReportsNothing()
    {
        const string source = """
            record Point(int X, int Y);
            static IEnumerable<int> Count(int n) { for (var i = 0; i < n; i++) yield return i; }
            async Task<int> TwiceAsync(int x) { await Task.Delay(1); return x * 2; }
            var results = await Task.WhenAll(TwiceAsync(1), TwiceAsync(2));
            List<int> list = [1, 2, 3];
            return string.Join(",", results[0], Count(3).Sum(), new Point(1, 2), list.Count, $"{list[0]:D2}");
            """;
        Assert.Empty(CheckIl(source));
    }

    [Fact]
    public void CheckIl_ForbiddenMemberReference_ReportsItAtTheIdentifierThatNamesIt()
    {
        var diagnostics = CheckIl("var a = 1;\nvar text = System.IO.File.ReadAllText(\"x\");");
        var member = Assert.Single(diagnostics, d => d.Message.Contains("System.IO.File.ReadAllText", StringComparison.Ordinal));
        Assert.Equal(SandboxDiagnosticIds.ForbiddenIl, member.Id);
        Assert.Equal((2, 27), (member.Line, member.Column));
    }

    [Fact]
    public void CheckIl_ForbiddenMemberReferenceInSharedCode_ReportsItInThatFile()
    {
        var settings = new SharedCodeFile("lib/settings.cs", "public static class Settings\n{\n    public static string Read() => System.IO.File.ReadAllText(\"x\");\n}\n");

        var diagnostics = CheckIl("var a = 1;\nreturn Settings.Read();", sharedCode: [settings]);

        var member = Assert.Single(diagnostics, d => d.Message.Contains("System.IO.File.ReadAllText", StringComparison.Ordinal));
        Assert.Equal(("lib/settings.cs", 3, 51), (member.File, member.Line, member.Column));
    }

    [Fact]
    public void CheckIl_Localloc_IsReported()
    {
        Assert.Contains(CheckIl("int Sum() { Span<int> buffer = stackalloc int[4]; return buffer.Length; }\nreturn Sum();"), d => d.Message.Contains("(localloc)", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckIl_Calli_IsReported()
    {
        Assert.Contains(CheckIl("static int Seven() => 7;\nunsafe { delegate*<int> f = &Seven; return f(); }", allowUnsafe: true), d => d.Message.Contains("(calli)", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckIl_PInvoke_IsReported()
    {
        var diagnostics = CheckIl("class Native { [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int getpid(); }");
        Assert.Contains(diagnostics, d => d.Message.Contains("(P/Invoke)", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("(native module reference)", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckIl_ExplicitLayout_IsReported()
    {
        const string source = "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]\nstruct Overlay { [System.Runtime.InteropServices.FieldOffset(0)] public long A; }";
        Assert.Contains(CheckIl(source), d => d.Message.Contains("(explicit layout)", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckIl_ModuleInitializer_IsReported()
    {
        const string source = "class Init { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() { } }";
        Assert.Contains(CheckIl(source), d => d.Message.Contains("(module initializer)", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckIl_GuardRuntimeMembers_AreAllowed()
    {
        Assert.Empty(CheckIl("var frame = ScriptHost.Sandbox.Guards.ScriptGuard.Enter();\nScriptHost.Sandbox.Guards.ScriptGuard.BackEdge(frame);\nScriptHost.Sandbox.Guards.ScriptGuard.Exit(frame);", wholeFramework: true));
    }

    [Fact]
    public void CheckIl_AssemblyOutsideTheReferenceSet_IsReported()
    {
        Assert.Contains(CheckIl("System.Console.WriteLine();", wholeFramework: true), d => d.Message.Contains("'System.Console' (assembly reference)", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckIl_AllowedLibraryTypesAndMembers_ReportsNothing()
    {
        Assert.Empty(CheckIl(SemanticPolicyCheckerTests.AllowedLibraryUse, withLibrary: true));
    }

    [Theory]
    [MemberData(nameof(LibraryRefusalCases.Il), MemberType = typeof(LibraryRefusalCases))]
    public void CheckIl_RefusedLibraryMember_IsReportedWithoutTheSemanticCheck(string source, string ilSubject)
    {
        var diagnostics = CheckIl(source, withLibrary: true);
        Assert.Contains(diagnostics, d => d.Id == SandboxDiagnosticIds.ForbiddenIl && d.Message.StartsWith($"'{ilSubject}' (member)", StringComparison.Ordinal));
    }
}
