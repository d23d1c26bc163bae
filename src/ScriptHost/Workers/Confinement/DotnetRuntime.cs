using System.Runtime.InteropServices;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// The .NET installation the host runs on (the folder holding the <c>dotnet</c> muxer and <c>shared/</c>): workers
/// run on the same runtime, and the sandbox binds exactly this folder.
/// </summary>
/// <param name="Root">The dotnet root, e.g. <c>/usr/share/dotnet</c>.</param>
/// <param name="Executable">The <c>dotnet</c> muxer in it.</param>
internal sealed record DotnetRuntime(string Root, string Executable)
{
    /// <summary>The host's own runtime, or null when none is found (a self-contained host has no muxer).</summary>
    public static DotnetRuntime? Find() => Candidates().Select(FromRoot).FirstOrDefault(runtime => runtime is not null);

    private static IEnumerable<string?> Candidates()
    {
        // Started as "dotnet ScriptHost.dll": the muxer itself (resolving /usr/bin/dotnet → /usr/share/dotnet/dotnet).
        if (System.Environment.ProcessPath is { } processPath && Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            yield return Path.GetDirectoryName(File.ResolveLinkTarget(processPath, returnFinalTarget: true)?.FullName ?? processPath);
        }

        // Started through an apphost: the shared framework folder is <root>/shared/Microsoft.NETCore.App/<version>/.
        var frameworkDirectory = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        yield return frameworkDirectory.Parent?.Parent?.Parent?.FullName;
        yield return System.Environment.GetEnvironmentVariable("DOTNET_ROOT");
    }

    private static DotnetRuntime? FromRoot(string? root)
    {
        if (string.IsNullOrEmpty(root))
        {
            return null;
        }

        // A symlinked root is bound at its target, where the files really are.
        var directory = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        var fullRoot = directory.Exists ? directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName : directory.FullName;
        var executable = Path.Join(fullRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(executable) && Directory.Exists(Path.Join(fullRoot, "shared")) ? new DotnetRuntime(fullRoot, executable) : null;
    }
}
