namespace ScriptHost.Storage.Services;

/// <summary>Services (tenants) and the admin key hash.</summary>
public interface IServiceStore
{
    /// <summary>
    /// Creates a service with its <c>production</c> environment. Throws <see cref="Errors.StorageConflictException"/> if
    /// the name is taken, and its subtype <see cref="Errors.HostLabelTakenException"/> if the name is the host label of
    /// another service's environment (<see cref="Validation.HostLabel"/>).
    /// </summary>
    Task<ServiceRecord> CreateServiceAsync(string name, ReadOnlyMemory<byte> apiKeyHash, ServiceSettings settings, CancellationToken cancellationToken);

    /// <summary>The service, or <c>null</c> if there is none by that name.</summary>
    Task<ServiceRecord?> GetServiceAsync(string name, CancellationToken cancellationToken);

    /// <summary>All services, ordered by name.</summary>
    Task<IReadOnlyList<ServiceRecord>> ListServicesAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the settings; returns the updated service or <c>null</c> if it does not exist.</summary>
    Task<ServiceRecord?> UpdateSettingsAsync(string name, ServiceSettings settings, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the API key hash outright: the old key, and any key rotated out before it, stop working at once.
    /// Returns <c>false</c> if the service does not exist.
    /// </summary>
    Task<bool> ReplaceApiKeyHashAsync(string name, ReadOnlyMemory<byte> apiKeyHash, CancellationToken cancellationToken);

    /// <summary>
    /// Rotates the API key in one write: the current hash becomes the previous one, valid until
    /// <paramref name="previousValidUntil"/> (replacing any earlier previous key), and <paramref name="newApiKeyHash"/>
    /// becomes current. Returns the updated service, or <c>null</c> if it does not exist.
    /// </summary>
    Task<ServiceRecord?> RotateApiKeyHashAsync(string name, ReadOnlyMemory<byte> newApiKeyHash, DateTimeOffset previousValidUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the service and everything it owns (functions, versions, variables, assets, environments, builds,
    /// deployments, blobs, key-value entries, logs, invocations, usage) in one transaction. <c>false</c> if it did not exist.
    /// </summary>
    Task<bool> DeleteServiceAsync(string name, CancellationToken cancellationToken);

    /// <summary>The admin key hash, or <c>null</c> before one is set.</summary>
    Task<ReadOnlyMemory<byte>?> GetAdminKeyHashAsync(CancellationToken cancellationToken);

    /// <summary>Sets or replaces the admin key hash; a previous admin key, if any, stops working.</summary>
    Task SetAdminKeyHashAsync(ReadOnlyMemory<byte> adminKeyHash, CancellationToken cancellationToken);

    /// <summary>The admin key rotated out last (valid or already expired), or <c>null</c> when there is none.</summary>
    Task<PreviousKeyHash?> GetPreviousAdminKeyHashAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Rotates the admin key in one write: the stored hash becomes the previous one, valid until
    /// <paramref name="previousValidUntil"/> (replacing any earlier previous key), and <paramref name="newAdminKeyHash"/>
    /// becomes current; returns the rotated-out key. Throws <see cref="Errors.StorageNotFoundException"/> when no admin
    /// key hash is stored.
    /// </summary>
    Task<PreviousKeyHash> RotateAdminKeyHashAsync(ReadOnlyMemory<byte> newAdminKeyHash, DateTimeOffset previousValidUntil, CancellationToken cancellationToken);
}
