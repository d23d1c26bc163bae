using System.Security.Cryptography;
using System.Text;

namespace ScriptHost.Functions;

/// <summary>
/// Hashes and message authentication codes for functions that verify webhooks (Stripe, GitHub, Shopify, ...) or sign
/// requests. Hex results are lowercase; comparisons of secrets go through <see cref="FixedTimeEquals"/>.
/// </summary>
public static class Crypto
{
    /// <summary>SHA-256 of the UTF-8 bytes of <paramref name="data"/>, as lowercase hex.</summary>
    public static string Sha256Hex(string data) => Convert.ToHexStringLower(SHA256.HashData(Utf8(data)));

    /// <summary>HMAC-SHA256 of <paramref name="data"/> keyed with <paramref name="key"/> (both UTF-8), as lowercase hex.</summary>
    public static string HmacSha256Hex(string key, string data) => Convert.ToHexStringLower(HMACSHA256.HashData(Utf8(key), Utf8(data)));

    /// <summary>HMAC-SHA256 of <paramref name="data"/> keyed with <paramref name="key"/> (both UTF-8), as base64.</summary>
    public static string HmacSha256Base64(string key, string data) => Convert.ToBase64String(HMACSHA256.HashData(Utf8(key), Utf8(data)));

    /// <summary>HMAC-SHA1 of <paramref name="data"/> keyed with <paramref name="key"/> (both UTF-8), as base64.</summary>
    public static string HmacSha1Base64(string key, string data) => Convert.ToBase64String(HMACSHA1.HashData(Utf8(key), Utf8(data)));

    /// <summary>
    /// Compares two strings in time that does not depend on where they differ, so an attacker cannot learn a
    /// signature byte by byte from response times.
    /// </summary>
    public static bool FixedTimeEquals(string? left, string? right) =>
        left is not null && right is not null && CryptographicOperations.FixedTimeEquals(Utf8(left), Utf8(right));

    private static byte[] Utf8(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Encoding.UTF8.GetBytes(value);
    }
}
