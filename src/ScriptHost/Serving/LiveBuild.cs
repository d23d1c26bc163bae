using System.Collections.Frozen;
using ScriptHost.Sandbox.Compilation.SharedCode;

namespace ScriptHost.Serving;

/// <summary>
/// What one environment serves, as one immutable snapshot: the deployment and build that made it live, its functions and
/// assets by exact path, and its shared code (which a function changed on the simple path is compiled with). A request
/// captures it once, so everything it does — the function, the functions it calls, the assets it reads — comes from
/// one whole build, however deployments switch meanwhile.
/// </summary>
internal sealed class LiveBuild(
    int? deploymentId,
    int? buildId,
    FrozenDictionary<string, DeployedFunction> functions,
    FrozenDictionary<string, LiveAsset> assets,
    IReadOnlyList<SharedCodeFile> lib)
{
    /// <summary>An environment nothing is deployed to yet.</summary>
    public static LiveBuild Empty { get; } = new(
        null, null, FrozenDictionary<string, DeployedFunction>.Empty, FrozenDictionary<string, LiveAsset>.Empty, []);

    public int? DeploymentId { get; } = deploymentId;

    public int? BuildId { get; } = buildId;

    /// <summary>Functions by exact, case-sensitive path (e.g. "/sms").</summary>
    public FrozenDictionary<string, DeployedFunction> Functions { get; } = functions;

    public FrozenDictionary<string, LiveAsset> Assets { get; } = assets;

    public IReadOnlyList<SharedCodeFile> Lib { get; } = lib;
}
