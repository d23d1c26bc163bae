namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// Prism mock servers (npm <c>@stoplight/prism-cli</c>, pinned in package.json/package-lock.json beside this file), one
/// per Twilio OpenAPI description in <see cref="TwilioSpecs.All"/>, started once for all Prism test classes and
/// stopped when they are done. Installs Prism with <c>npm ci</c> when node_modules is missing and the npm-provided
/// specs with <see cref="TwilioOpenApiPackage"/>, both at once; the v2010 spec is served only where it exists.
/// </summary>
public sealed class PrismMockServer : IAsyncLifetime
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private readonly List<PrismProcess> _processes = [];

    public static string Directory { get; } = Path.Combine(TwilioSpecs.TestProjectDirectory, "Prism");

    /// <summary>The running Prisms, by the spec each serves.</summary>
    public IReadOnlyList<PrismProcess> Processes => _processes;

    /// <summary>The Prism serving the spec whose server is <paramref name="host"/>, or null.</summary>
    public PrismProcess? ForHost(string host) =>
        _processes.SingleOrDefault(process => process.Spec.Host.Equals(host, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Prism listening at <paramref name="authority"/> (<c>http://127.0.0.1:port</c>), or null.</summary>
    public PrismProcess? ForBaseUrl(string authority) =>
        _processes.SingleOrDefault(process => process.BaseUrl.Equals(authority, StringComparison.OrdinalIgnoreCase));

    public async Task InitializeAsync()
    {
        await Task.WhenAll(EnsurePrismInstalledAsync(), TwilioOpenApiPackage.EnsureExtractedAsync(TwilioSpecs.All));
        var starting = TwilioSpecs.All.Where(spec => spec.Exists).Select(spec => PrismProcess.StartAsync(spec, Directory)).ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            // Stop the ones that did start: a fixture that failed to start is not disposed.
            foreach (var started in starting.Where(start => start.IsCompletedSuccessfully))
            {
                started.Result.Dispose();
            }

            throw;
        }

        _processes.AddRange(starting.Select(start => start.Result));
    }

    public Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        return Task.CompletedTask;
    }

    private static async Task EnsurePrismInstalledAsync()
    {
        if (File.Exists(Path.Combine(Directory, "node_modules", "@stoplight", "prism-cli", "package.json")))
        {
            return;
        }

        // npm ci installs exactly the committed lock file, so every machine validates with the same Prism.
        await NodeProcess.NpmAsync(Directory, InstallTimeout, "ci", "--no-audit", "--no-fund");
    }
}
