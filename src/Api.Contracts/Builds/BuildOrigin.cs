namespace ScriptHost.Api.Contracts.Builds;

/// <summary>What made a build: a bundle, one of the single-item routes (a change on top of production's live build), or the upgrade of an older database.</summary>
public enum BuildOrigin
{
    Bundle,
    FunctionPut,
    FunctionActivate,
    FunctionDelete,
    AssetPut,
    AssetDelete,
    Migration,
}
