namespace ScriptHost.Api.Contracts.Security;

/// <summary>
/// The caller of <c>GET /api/caller</c>: <c>admin</c> for the admin key, else <c>service</c> names the service the key
/// manages; <c>rotatedOut</c> when the key was rotated out and works only until its grace period ends.
/// </summary>
public sealed record CallerDto(bool Admin, string? Service, bool RotatedOut);
