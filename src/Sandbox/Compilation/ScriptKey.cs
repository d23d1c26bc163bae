using System.Security.Cryptography;
using System.Text;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>Computes the cache key of a build: SHA-256 over the source and every version the build depends on.</summary>
internal static class ScriptKey
{
    public static string Compute(string source, string buildFingerprint)
    {
        var bytes = Encoding.UTF8.GetBytes(buildFingerprint + "\n" + source);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
