using System.Diagnostics;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.LiteDb;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Validation;

/// <summary>
/// The "builds" mode: builds and deploys in a loop, as the build pipeline and the deployment route will, and kills
/// itself <c>delay</c> milliseconds into one CompleteAsync or one deployment. Before each call it prints what it starts
/// ("completing &lt;build&gt;", "deploying &lt;build&gt;") and after each one what was acknowledged ("completed &lt;build&gt;",
/// "deployed &lt;environment&gt; &lt;deployment&gt; &lt;build&gt;"). Like the server at start-up, it first fails the builds a
/// previous run left unfinished.
/// </summary>
internal static class BuildsWriter
{
    public const string Service = "crash-builds";
    public const int FunctionsPerBuild = 40;
    public const string InterruptedReason = "interrupted by a restart";

    /// <summary>Every function of every build has its own source, so a version names the build that created it.</summary>
    public static string SourceOf(int buildId, int function) => $"return \"{buildId}/{function}\";";

    public static async Task<int> RunAsync(string databasePath, string killPoint, int delayMilliseconds)
    {
        var none = CancellationToken.None;
        await using var store = LiteDbStore.Open(new StorageOptions { DatabasePath = databasePath });
        await store.Builds.FailInterruptedAsync(InterruptedReason, none);
        try
        {
            await store.Services.CreateServiceAsync(Service, KeyHash.Compute("key"), new ServiceSettings(), none);
            await store.DeploymentEnvironments.CreateEnvironmentAsync(Service, "dev", none);
        }
        catch (StorageConflictException)
        {
            // A previous run created them.
        }

        Console.WriteLine("ready");
        var random = new Random(delayMilliseconds);
        for (var round = 0; ; round++)
        {
            // Two whole rounds first, so there is a previous deployment to come back to.
            var armed = round == 2;
            // A build is queued with its functions' hashes, and its sources name its number: the next one, as the
            // sequence adds one to the newest build's in the transaction that stores it.
            var id = (await store.Builds.ListBuildsAsync(Service, 1, null, none)) is [{ } newest] ? newest.Id + 1 : 1;
            var functions = Enumerable.Range(0, FunctionsPerBuild).Select(function =>
            {
                var source = SourceOf(id, function);
                var image = new byte[32 * 1024];
                random.NextBytes(image);
                return new CompiledBuildFunction($"/f{function}", source, FunctionVisibility.Public, FunctionLimits.Default, ContentHash.OfText(source), image, Reused: false);
            }).ToList();
            var references = functions
                .Select(function => new BuildFunctionReference(function.Path, function.Visibility, function.Limits, ContentHash.OfText(function.Source)))
                .ToList();
            var build = await store.Builds.CreateQueuedAsync(new BuildRequest(Service, BuildOrigin.Bundle, references, [], []), none);
            Debug.Assert(build.Id == id, "the build took the number its sources name");
            await store.Builds.MarkBuildingAsync(Service, build.Id, none);

            Console.WriteLine($"completing {build.Id}");
            KillIf(armed && killPoint == "complete", delayMilliseconds);
            await store.Builds.CompleteAsync(Service, build.Id, functions, [], none);
            Console.WriteLine($"completed {build.Id}");

            Console.WriteLine($"deploying {build.Id}");
            KillIf(armed && killPoint == "deploy", delayMilliseconds);
            var dev = await store.Deployments.DeployAsync(Service, "dev", build.Id, none);
            Console.WriteLine($"deployed dev {dev.Id} {build.Id}");
            var production = await store.Deployments.PromoteAsync(Service, EnvironmentName.Production, "dev", none);
            Console.WriteLine($"deployed {EnvironmentName.Production} {production.Id} {build.Id}");
        }
    }

    private static void KillIf(bool armed, int delayMilliseconds)
    {
        if (armed)
        {
            new Thread(() =>
            {
                Thread.Sleep(delayMilliseconds);
                Process.GetCurrentProcess().Kill(); // SIGKILL: no finally, no dispose, no flush
            })
            { IsBackground = true }.Start();
        }
    }
}
