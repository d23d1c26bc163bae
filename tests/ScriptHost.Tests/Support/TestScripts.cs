namespace ScriptHost.Tests.Support;

/// <summary>The function sources under <c>Scripts/</c>, copied beside the test assembly.</summary>
public static class TestScripts
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scripts", name + ".csx"));
}
