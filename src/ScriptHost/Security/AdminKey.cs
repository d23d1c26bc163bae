using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Storage;
using ScriptHost.Storage.Services;

namespace ScriptHost.Security;

/// <summary>
/// The admin key's hash. From configuration when <c>ScriptHost:AdminKey</c> is set; otherwise generated on the first
/// start, printed once, and only its hash stored; a stored key can be rotated (<see cref="KeyRotation"/>), after which
/// the rotated-out one keeps working for the grace period.
/// </summary>
internal sealed class AdminKey(IOptions<ScriptHostOptions> options, IScriptHostStore store, ILogger<AdminKey> logger)
{
    private volatile byte[] _hash = [];
    private volatile PreviousKeyHash? _previous;

    /// <summary>True when the key comes from configuration: only a change there (and a restart) replaces it.</summary>
    public bool IsConfigured => options.Value.AdminKey is { Length: > 0 };

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (IsConfigured)
        {
            _hash = KeyHash.Compute(options.Value.AdminKey!);
            return;
        }

        if (await store.Services.GetAdminKeyHashAsync(cancellationToken) is { } stored)
        {
            _previous = await store.Services.GetPreviousAdminKeyHashAsync(cancellationToken);
            _hash = stored.ToArray();
            return;
        }

        var key = GeneratedKeys.NewAdminKey();
        _hash = KeyHash.Compute(key);
        await store.Services.SetAdminKeyHashAsync(_hash, cancellationToken);

        // Printed on the console on purpose, once: only its hash is kept, so this is the one chance to copy it.
        Console.WriteLine();
        Console.WriteLine("ScriptHost generated an admin key. It is shown once and only its hash is stored:");
        Console.WriteLine();
        Console.WriteLine("    " + key);
        Console.WriteLine();
        Console.WriteLine("Set ScriptHost__AdminKey to use a key of your own instead.");
        Console.WriteLine();
        logger.LogWarning("Generated a new admin key (printed above); only its hash is stored.");
    }

    /// <summary>Whether <paramref name="presentedHash"/> is the admin key's, or the rotated-out one's while valid at <paramref name="now"/>.</summary>
    public KeyMatch Match(ReadOnlySpan<byte> presentedHash, DateTimeOffset now)
    {
        var previous = _previous;
        if (_hash.Length > 0 && CryptographicOperations.FixedTimeEquals(_hash, presentedHash))
        {
            return KeyMatch.Current;
        }

        return previous is not null && previous.Accepts(presentedHash, now)
            ? KeyMatch.RotatedOut
            : KeyMatch.None;
    }

    /// <summary>Takes a rotation the store has recorded: the rotated-out key first, so it never stops matching in between.</summary>
    public void Rotated(byte[] newHash, PreviousKeyHash previous)
    {
        _previous = previous;
        _hash = newHash;
    }
}
