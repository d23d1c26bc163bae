using System.ComponentModel.DataAnnotations;

namespace ScriptHost.Builds;

/// <summary>How builds run, bound from <c>ScriptHost:Builds</c> and validated at start-up.</summary>
internal sealed class BuildOptions
{
    public const string Section = "ScriptHost:Builds";

    /// <summary>
    /// Functions of one build compiled at once. Half the cores by default, so a large build leaves the other half to the
    /// requests being served meanwhile.
    /// </summary>
    [Range(1, 64, ErrorMessage = "ScriptHost:Builds:MaxParallelCompiles must be between 1 and 64.")]
    public int MaxParallelCompiles { get; set; } = Math.Max(1, System.Environment.ProcessorCount / 2);

    /// <summary>Builds waiting to compile, across services; past it a new build is refused (503) until one finishes.</summary>
    [Range(1, 100_000, ErrorMessage = "ScriptHost:Builds:QueueCapacity must be between 1 and 100000.")]
    public int QueueCapacity { get; set; } = 1000;
}
