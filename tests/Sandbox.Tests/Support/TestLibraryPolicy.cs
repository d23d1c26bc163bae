using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Policy;
using ScriptHost.TestGlobals;
using TestLibrary.Messages;

namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>
/// The embedded allowlist and refusal hints plus a <c>[library TestLibrary]</c> section and its hints (the text files
/// beside this one), and a compiler that knows tests/TestLibrary as a library, as the server knows Twilio's.
/// </summary>
public static class TestLibraryPolicy
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Support", "TestLibraryPolicy");

    internal static Allowlist Allowlist { get; } =
        Allowlist.Parse(Allowlist.Embedded.Text + "\n" + File.ReadAllText(Path.Combine(Folder, "allowlist.txt")));

    internal static RefusalHints Hints { get; } =
        RefusalHints.Parse(RefusalHints.Embedded.Text + "\n" + File.ReadAllText(Path.Combine(Folder, "refusal-hints.txt")));

    public static System.Reflection.Assembly Library => typeof(Message).Assembly;

    internal static SandboxOptions Options { get; } = new()
    {
        GlobalsType = typeof(TestHost),
        ApiAssemblies = [typeof(TestHost).Assembly],
        LibraryAssemblies = [Library],
        AllowlistForTests = Allowlist,
        RefusalHintsForTests = Hints,
    };

    public static ScriptCompiler Compiler { get; } = new(Options);

    internal static ApiPolicy Policy { get; } = ApiPolicy.Create([typeof(TestHost).Assembly], [Library], Allowlist, Hints);
}
