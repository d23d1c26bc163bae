using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Storage;
using ScriptHost.Storage.Services;

namespace ScriptHost.Security;

/// <summary>
/// The admin key's hash. From configuration when <c>ScriptHost:AdminKey</c> is set; otherwise generated on the first
/// start, printed once, and only its hash stored.
/// </summary>
internal sealed class AdminKey(IOptions<ScriptHostOptions> options, IScriptHostStore store, ILogger<AdminKey> logger)
{
    private byte[] _hash = [];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.AdminKey is { Length: > 0 } configured)
        {
            _hash = KeyHash.Compute(configured);
            return;
        }

        if (await store.Services.GetAdminKeyHashAsync(cancellationToken) is { } stored)
        {
            _hash = stored.ToArray();
            return;
        }

        var key = "admin_" + KeyHash.GenerateKey();
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

    public bool Matches(ReadOnlySpan<byte> presentedHash) =>
        _hash.Length > 0 && CryptographicOperations.FixedTimeEquals(_hash, presentedHash);
}
