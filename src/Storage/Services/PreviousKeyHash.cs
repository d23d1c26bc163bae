using System.Security.Cryptography;

namespace ScriptHost.Storage.Services;

/// <summary>
/// The hash of a key that was rotated out, still accepted until <paramref name="ValidUntil"/> so clients can move to
/// the new key without an outage. Only the latest rotated-out key is kept: rotating again replaces it.
/// </summary>
public sealed record PreviousKeyHash(ReadOnlyMemory<byte> Hash, DateTimeOffset ValidUntil)
{
    /// <summary>True while the rotated-out key is still accepted at <paramref name="now"/>.</summary>
    public bool IsValidAt(DateTimeOffset now) => now < ValidUntil;

    /// <summary>
    /// True when <paramref name="presentedHash"/> is this key's and it is still accepted at <paramref name="now"/>; the
    /// hashes are compared in constant time. The one rule for a rotated-out key, the admin's and a service's alike.
    /// </summary>
    public bool Accepts(ReadOnlySpan<byte> presentedHash, DateTimeOffset now) =>
        CryptographicOperations.FixedTimeEquals(Hash.Span, presentedHash) && IsValidAt(now);
}
