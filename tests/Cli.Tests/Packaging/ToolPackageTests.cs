using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ScriptHost.Cli.Tests.Support;
using ScriptHost.TestSupport;

namespace ScriptHost.Cli.Tests.Packaging;

/// <summary>
/// The tool as a user gets it: <c>dotnet pack src/Cli</c> (of the build the tests run on), installed with
/// <c>dotnet tool install --tool-path … --add-source …</c>, then run from where it was installed. The package gets a
/// version of its own and a package cache of its own, so an older package of the same version can never stand in for it.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    private readonly TemporaryFolder _work = new("scripthost-tool-package-");

    [Fact]
    public async Task PackAndInstall_LocalBuild_InstalledToolRunsAndItsStartServesTheFolder()
    {
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var packages = Path.Combine(_work.Path, "packages");
        var tools = Path.Combine(_work.Path, "tools");
        var cache = Path.Combine(_work.Path, "nuget-cache");

        await RunAsync("dotnet", ["pack", Path.Combine(RepositoryLayout.Root, "src", "Cli"), "-c", RepositoryLayout.Configuration, "--no-build", "-o", packages, $"-p:PackageVersion={version}"], cache);
        Assert.True(File.Exists(Path.Combine(packages, $"ScriptHost.Cli.{version}.nupkg")));
        await RunAsync("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "--version", version, "ScriptHost.Cli"], cache);

        var scripthost = Path.Combine(tools, "scripthost");
        var printed = await RunAsync(scripthost, ["--version"], cache);
        var built = await RunAsync("dotnet", [CliProcess.ToolAssembly, "--version"], cache);
        Assert.Equal(built.Trim(), printed.Trim());
        var installedServer = Directory.GetFiles(Path.Combine(tools, ".store"), "ScriptHost.dll", SearchOption.AllDirectories);
        var serverFolder = Path.GetDirectoryName(Assert.Single(installedServer, path => path.Contains("/server/", StringComparison.Ordinal)))!;
        Assert.True(File.Exists(Path.Combine(serverFolder, "worker", "ScriptHost.Worker.dll")), "the installed tool has no worker/ beside its server");

        var project = Path.Combine(_work.Path, "hello");
        await RunAsync(scripthost, ["init", project], cache);
        var port = FreePort();
        using var start = Process.Start(StartInfo(scripthost, ["start", "--port", port.ToString(CultureInfo.InvariantCulture)], cache, project))!;
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            await Eventually.MatchesAsync(
                async () => await TryStatusAsync(client, new Uri($"http://127.0.0.1:{port}/health")),
                status => status == HttpStatusCode.OK,
                "the installed tool's server to answer /health",
                TimeSpan.FromMinutes(2));
        }
        finally
        {
            using (var interrupt = Process.Start("kill", ["-INT", start.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            await start.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(130, start.ExitCode);
    }

    private static async Task<HttpStatusCode?> TryStatusAsync(HttpClient client, Uri uri)
    {
        try
        {
            using var response = await client.GetAsync(uri);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private async Task<string> RunAsync(string fileName, string[] arguments, string cache)
    {
        using var process = Process.Start(StartInfo(fileName, arguments, cache, _work.Path))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(CommandTimeout);
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
        return await stdout;
    }

    private ProcessStartInfo StartInfo(string fileName, string[] arguments, string cache, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("SCRIPTHOST_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NUGET_PACKAGES"] = cache;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(_work.Path, ".config");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _work.Dispose();
}
