using System.Reflection;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// Where Twilio's OpenAPI description is: <c>../shared/twilio-oai/twilio_api_v2010.json</c> beside the repository
/// (found by walking up from this test project to <c>ScriptHost.sln</c>). CI always clones it there; a checkout
/// elsewhere (a git worktree, say) can point <c>SCRIPTHOST_TWILIO_OAI_SPEC</c> at the file instead.
/// </summary>
internal static class TwilioSpec
{
    public static string TestProjectDirectory { get; } =
        typeof(TwilioSpec).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "TestProjectDirectory").Value!;

    public static string Path { get; } = Resolve();

    public static bool Exists => File.Exists(Path);

    public const string OverrideVariable = "SCRIPTHOST_TWILIO_OAI_SPEC";

    private static string Resolve()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } overridden)
        {
            return System.IO.Path.GetFullPath(overridden);
        }

        var directory = new DirectoryInfo(TestProjectDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "ScriptHost.sln")))
        {
            directory = directory.Parent;
        }

        var repositoryRoot = directory?.FullName ?? throw new InvalidOperationException($"No ScriptHost.sln above {TestProjectDirectory}.");
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(repositoryRoot, "..", "shared", "twilio-oai", "twilio_api_v2010.json"));
    }
}
