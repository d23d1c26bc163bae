using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts.Security;
using ScriptHost.Configuration;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Services;

namespace ScriptHost.Security;

/// <summary>
/// Replaces a service's key or the admin key with a new one, returned once. The old key keeps working for
/// <see cref="ScriptHostOptions.KeyRotationGraceSeconds"/>; only hashes are stored. Storage is written first and
/// memory second, so a restart serves exactly what the answer said.
/// </summary>
internal sealed class KeyRotation(
    IOptions<ScriptHostOptions> options,
    IScriptHostStore store,
    LiveServices live,
    AdminKey adminKey,
    TimeProvider clock)
{
    private readonly SemaphoreSlim _adminRotation = new(1, 1);

    /// <summary>Rotates <paramref name="service"/>'s key; <c>null</c> when there is no such service.</summary>
    public async Task<RotatedKey?> RotateServiceKeyAsync(string service, CancellationToken cancellationToken)
    {
        if (!live.TryGetService(service, out var state))
        {
            return null;
        }

        // The service's management lock orders rotations with each other, so memory ends on the store's last word.
        await state.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var key = GeneratedKeys.NewServiceKey();
            var validUntil = PreviousKeyValidUntil();
            var rotated = await store.Services.RotateApiKeyHashAsync(service, KeyHash.Compute(key), validUntil, cancellationToken);
            if (rotated is null)
            {
                return null;
            }

            // The rotated-out key first, so a request between the two writes still finds the key it presented.
            state.PreviousApiKeyHash = rotated.PreviousApiKeyHash;
            state.ApiKeyHash = rotated.ApiKeyHash.ToArray();
            return new RotatedKey(key, validUntil);
        }
        finally
        {
            state.ManagementLock.Release();
        }
    }

    /// <summary>Rotates the admin key; <c>null</c> when it comes from configuration, which only a change there replaces.</summary>
    public async Task<RotatedKey?> RotateAdminKeyAsync(CancellationToken cancellationToken)
    {
        if (adminKey.IsConfigured)
        {
            return null;
        }

        await _adminRotation.WaitAsync(cancellationToken);
        try
        {
            var key = GeneratedKeys.NewAdminKey();
            var hash = KeyHash.Compute(key);
            var validUntil = PreviousKeyValidUntil();
            var previous = await store.Services.RotateAdminKeyHashAsync(hash, validUntil, cancellationToken);
            adminKey.Rotated(hash, previous);
            return new RotatedKey(key, validUntil);
        }
        finally
        {
            _adminRotation.Release();
        }
    }

    private DateTimeOffset PreviousKeyValidUntil() => clock.GetUtcNow().AddSeconds(options.Value.KeyRotationGraceSeconds);
}
