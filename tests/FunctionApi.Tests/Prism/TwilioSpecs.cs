using System.Reflection;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// The OpenAPI descriptions the Prism tests serve, one Prism each:
/// <list type="bullet">
/// <item><see cref="ApiV2010"/> (Messages, Calls): <c>../shared/twilio-oai/twilio_api_v2010.json</c> beside the
/// repository (found by walking up from this test project to <c>ScriptHost.sln</c>), or the file
/// <c>SCRIPTHOST_TWILIO_OAI_SPEC</c> names (a git worktree elsewhere, say). Tests that need it skip without it.</item>
/// <item><see cref="VerifyV2"/> and <see cref="LookupsV2"/>: extracted by the tests from Twilio's npm package pinned in
/// <c>TwilioOpenApi/</c> (see <see cref="TwilioOpenApiPackage"/>), so they are never absent.</item>
/// </list>
/// </summary>
internal static class TwilioSpecs
{
    public const string OverrideVariable = "SCRIPTHOST_TWILIO_OAI_SPEC";

    public static string TestProjectDirectory { get; } =
        typeof(TwilioSpecs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "TestProjectDirectory").Value!;

    public static TwilioSpec ApiV2010 { get; } = new("twilio_api_v2010", "api.twilio.com", ResolveApiV2010(), "../shared/twilio-oai");

    public static TwilioSpec VerifyV2 { get; } = TwilioOpenApiPackage.Spec("twilio_verify_v2", "verify.twilio.com");

    public static TwilioSpec LookupsV2 { get; } = TwilioOpenApiPackage.Spec("twilio_lookups_v2", "lookups.twilio.com");

    public static IReadOnlyList<TwilioSpec> All { get; } = [ApiV2010, VerifyV2, LookupsV2];

    private static string ResolveApiV2010()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } overridden)
        {
            return Path.GetFullPath(overridden);
        }

        var directory = new DirectoryInfo(TestProjectDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScriptHost.sln")))
        {
            directory = directory.Parent;
        }

        // Outside a checkout (no ScriptHost.sln above) the file is looked for beside the test project's parent, so
        // the tests that need it report it absent instead of failing to start.
        var repositoryRoot = directory?.FullName ?? Path.Combine(TestProjectDirectory, "..");
        return Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "twilio-oai", "twilio_api_v2010.json"));
    }
}
