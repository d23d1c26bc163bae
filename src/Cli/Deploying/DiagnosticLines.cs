using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Cli.Project;

namespace ScriptHost.Cli.Deploying;

/// <summary>
/// A build's diagnostics the way a compiler prints them, at the folder's own files:
/// <c>functions/sms/reply.protected.csx:12:5: error CS1002: ; expected</c>. The server names a function's diagnostics by
/// its path (<c>/sms/reply</c>) and shared code by its bundle path (<c>lib/x.cs</c>); both map back to the local file.
/// </summary>
internal static class DiagnosticLines
{
    public static string Format(BuildDiagnosticDto diagnostic, ProjectScan scan)
    {
        var severity = diagnostic.Severity == BuildDiagnosticSeverity.Error ? "error" : "warning";
        return $"{LocalFile(diagnostic.File, scan)}:{diagnostic.Line}:{diagnostic.Column}: {severity} {diagnostic.Id}: {diagnostic.Message}";
    }

    public static string LocalFile(string? serverFile, ProjectScan scan)
    {
        if (serverFile is null)
        {
            return "(build)";
        }

        var function = scan.Functions.FirstOrDefault(function => function.Path == serverFile);
        if (function is not null)
        {
            return function.File;
        }

        // Shared code is named lib/x.cs in diagnostics (its stored form, /lib/x.cs, is accepted too).
        var relative = serverFile.TrimStart('/');
        return scan.Lib.FirstOrDefault(file => file.Path == relative)?.Path ?? serverFile;
    }
}
