using System.Security.Cryptography;
using System.Text;

namespace ScriptHost.Storage.Validation;

/// <summary>
/// The one content hash of the store: SHA-256 as 64 lowercase hex digits. Asset blobs are addressed by it, and sources
/// carry it, so a client can name content the service already has instead of sending it again.
/// </summary>
public static class ContentHash
{
    public const int Length = 64;

    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The hash of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string OfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(Encoding.UTF8.GetBytes(text));
    }

    public static bool IsValid(string? hash) =>
        hash is { Length: Length } && hash.All(character => char.IsAsciiDigit(character) || character is >= 'a' and <= 'f');
}
