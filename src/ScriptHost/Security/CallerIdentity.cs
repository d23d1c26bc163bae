namespace ScriptHost.Security;

/// <summary>Who is calling the management API: the admin, one service's key, or nobody known.</summary>
internal sealed record CallerIdentity(bool IsAdmin, string? ServiceName)
{
    public static CallerIdentity Anonymous { get; } = new(false, null);

    public static CallerIdentity Admin { get; } = new(true, null);

    public bool IsAuthenticated => IsAdmin || ServiceName is not null;

    /// <summary>
    /// True when the caller presented a key rotated out and still in its grace period: it works everywhere except
    /// for rotating keys, so a leaked key that was rotated out cannot mint the next one.
    /// </summary>
    public bool IsRotatedOutKey { get; init; }

    /// <summary>True when this caller may manage <paramref name="service"/>.</summary>
    public bool CanManage(string service) => IsAdmin || string.Equals(ServiceName, service, StringComparison.Ordinal);
}
