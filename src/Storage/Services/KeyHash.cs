using System.Security.Cryptography;
using System.Text;

namespace ScriptHost.Storage.Services;

/// <summary>
/// Hashes API keys for storage and checks presented keys against a stored hash.
/// Keys are random and long, so a plain SHA-256 is enough (no password stretching needed);
/// the comparison is constant-time so response timing does not leak how many bytes matched.
/// </summary>
public static class KeyHash
{
    /// <summary>The length of a hash in bytes.</summary>
    public const int HashLength = 32;

    /// <summary>Creates a new random API key (256 bits, URL-safe Base64 without padding).</summary>
    public static string GenerateKey()
    {
        Span<byte> random = stackalloc byte[32];
        RandomNumberGenerator.Fill(random);
        return Convert.ToBase64String(random).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The SHA-256 of the key's UTF-8 bytes.</summary>
    public static byte[] Compute(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    /// <summary>True when <paramref name="presentedKey"/> hashes to <paramref name="storedHash"/>; constant-time.</summary>
    public static bool Verify(string? presentedKey, ReadOnlySpan<byte> storedHash)
    {
        if (presentedKey is null || storedHash.Length != HashLength)
        {
            return false;
        }

        Span<byte> presentedHash = stackalloc byte[HashLength];
        SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey), presentedHash);
        return CryptographicOperations.FixedTimeEquals(presentedHash, storedHash);
    }
}
