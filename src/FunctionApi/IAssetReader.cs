namespace ScriptHost.Functions;

/// <summary>Reads the service's assets, protected and private ones included.</summary>
public interface IAssetReader
{
    /// <summary>The asset at <paramref name="path"/> as UTF-8 text, or null when there is none.</summary>
    Task<string?> ReadTextAsync(string path);

    /// <summary>The asset at <paramref name="path"/> as bytes, or null when there is none.</summary>
    Task<byte[]?> ReadBytesAsync(string path);
}
