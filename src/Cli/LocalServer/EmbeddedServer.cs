using ScriptHost.Cli.Hosting;

namespace ScriptHost.Cli.LocalServer;

/// <summary>
/// Where the server the tool carries lives: <c>server/ScriptHost.dll</c> beside the tool's own dll (put there by
/// Server.Bundle.targets at build and pack time), and the <c>dotnet</c> host to run it with.
/// </summary>
internal static class EmbeddedServer
{
    public static string AssemblyPath(string? toolDirectory = null)
    {
        var path = Path.Combine(toolDirectory ?? AppContext.BaseDirectory, "server", "ScriptHost.dll");
        return File.Exists(path)
            ? path
            : throw new CliException($"the embedded server is missing ({path}); reinstall the tool, or build src/Cli without -p:ScriptHostBundleServer=false.");
    }

    /// <summary>
    /// The <c>dotnet</c> that runs this tool (a tool's shim sets DOTNET_HOST_PATH; `dotnet x.dll` is itself dotnet),
    /// else the one on PATH, so the server runs on the same runtime as the tool.
    /// </summary>
    public static string DotnetHost()
    {
        if (Environment.ProcessPath is { } processPath && Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            return processPath;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, "dotnet")))
        {
            return Path.Combine(root, "dotnet");
        }

        return "dotnet";
    }
}
