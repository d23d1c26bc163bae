using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace ScriptHost.FunctionApi.Tests.Oracle;

/// <summary>
/// Runs the official twilio npm library (pinned in package.json/package-lock.json beside this file) as a test
/// oracle: one node process per batch of cases, installing the package first when node_modules is missing.
/// Node is part of this machine kind, so a missing node fails the tests instead of skipping them.
/// </summary>
internal static class NodeOracle
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);
    private static readonly Lock InstallLock = new();
    private static bool s_installed;

    public static string Directory { get; } = Path.Combine(
        typeof(NodeOracle).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "TestProjectDirectory").Value!,
        "Oracle");

    /// <summary>Sends one batch to oracle.js and returns its results, one per case, in order.</summary>
    public static JsonArray Run(string kind, IEnumerable<JsonNode> cases)
    {
        EnsureInstalled();
        var batch = new JsonObject { ["kind"] = kind, ["cases"] = new JsonArray([.. cases]) };
        var (exitCode, output, error) = RunProcess("node", "oracle.js", batch.ToJsonString(), RunTimeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"oracle.js exited with {exitCode}: {error}");
        }

        return JsonNode.Parse(output)!["results"]!.AsArray();
    }

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (s_installed)
            {
                return;
            }

            if (!File.Exists(Path.Combine(Directory, "node_modules", "twilio", "package.json")))
            {
                // npm ci installs exactly the committed lock file, so every machine tests against the same library.
                var (exitCode, output, error) = RunProcess("npm", "ci --no-audit --no-fund", standardInput: null, InstallTimeout);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"'npm ci' in {Directory} failed ({exitCode}): {output}{error}");
                }
            }

            s_installed = true;
        }
    }

    private static (int ExitCode, string Output, string Error) RunProcess(string program, string arguments, string? standardInput, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException($"'{program}' did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"The Twilio oracle tests need Node.js: '{program}' could not be started ({exception.Message}). " +
                "Install Node 20+ with npm and put it on PATH; these tests do not skip without it.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (standardInput is not null)
            {
                process.StandardInput.Write(standardInput);
            }

            process.StandardInput.Close();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{program} {arguments}' did not finish within {timeout}.");
            }

            return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
    }
}
