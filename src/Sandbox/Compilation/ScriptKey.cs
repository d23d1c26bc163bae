using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScriptHost.Sandbox.Compilation.SharedCode;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Computes the cache key of a build: SHA-256 over the source, the shared code it is compiled with (each file's path
/// and content hash, in order) and every version the build depends on. The function's file name is not in it: it
/// only names the function in diagnostics, and the image does not hold it.
/// </summary>
internal static class ScriptKey
{
    public static string Compute(string source, string buildFingerprint, IReadOnlyList<SharedCodeFile> sharedCode)
    {
        // The shared code goes ahead of the first line break, which no source can reach: a function compiled without
        // shared code keeps the key it always had, and no source text can pass for another source with shared code.
        var header = sharedCode.Count == 0 ? buildFingerprint : buildFingerprint + "|lib:" + SharedCodeHash(sharedCode);
        var bytes = Encoding.UTF8.GetBytes(header + "\n" + source);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static string SharedCodeHash(IReadOnlyList<SharedCodeFile> sharedCode)
    {
        var manifest = new StringBuilder();
        foreach (var file in sharedCode)
        {
            // Length-prefixed, so no path can run into the next entry, whatever characters it holds.
            manifest.Append(file.Path.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(file.Path)
                .Append(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Source))));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest.ToString())));
    }
}
