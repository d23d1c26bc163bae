using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Contracts;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Builds;

/// <summary>Stored builds as the API shows them.</summary>
internal static class BuildDtoMapping
{
    extension(BuildDto)
    {
        public static BuildDto From(BuildRecord build) => new(
            build.Id,
            build.Status.ToWire(),
            build.Origin.ToWire(),
            build.CreatedAt,
            build.FinishedAt,
            build.BaseBuildId,
            build.Status == Storage.Builds.BuildStatus.Completed
                ? [.. build.Functions.Select(f => new BuildFunctionDto(f.Path, f.Visibility.ToWire(), f.FunctionVersion, f.SourceSha256, f.Reused, f.Limits.TimeoutMs, f.Limits.MemoryMb, Compiled: true))]
                : [.. build.Requested.Select(f => new BuildFunctionDto(f.Path, f.Visibility.ToWire(), Version: null, f.SourceSha256, Reused: false, f.Limits.TimeoutMs, f.Limits.MemoryMb, f.Compiled))],
            [.. build.Assets.Select(a => new BuildAssetDto(a.Path, a.Visibility.ToWire(), a.ContentType, a.Sha256, a.Length))],
            [.. build.Lib.Select(l => new BuildLibFileDto(SharedCodePath.ToRelative(l.Path), l.Sha256))],
            [.. build.Diagnostics.Select(BuildDiagnosticDto.From)],
            build.FailureReason);
    }

    extension(BuildDiagnosticDto)
    {
        public static BuildDiagnosticDto From(BuildDiagnostic diagnostic) => new(
            diagnostic.File, diagnostic.Id, diagnostic.Severity.ToWire(), diagnostic.Message, diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn);
    }

    extension(BuildSummaryDto)
    {
        public static BuildSummaryDto From(BuildSummary build) => new(
            build.Id, build.Status.ToWire(), build.Origin.ToWire(), build.CreatedAt, build.FinishedAt, build.BaseBuildId,
            build.FunctionCount, build.AssetCount, build.LibFileCount, build.DiagnosticCount, build.FailureReason);
    }
}
