namespace ScriptHost.Api.Contracts.Assets;

/// <summary>Whether an asset is served over HTTP or only readable by the service's functions.</summary>
public enum AssetVisibility
{
    Public,
    Private,
}
