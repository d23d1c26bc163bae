using System.Text.Json;
using ScriptHost.Cli.Hosting;

namespace ScriptHost.Cli.Configuration;

/// <summary>
/// The keys <c>scripthost login</c> stores, one per server URL, in the user's config folder:
/// <c>$XDG_CONFIG_HOME/scripthost/credentials.json</c>, else <c>~/.config/scripthost/credentials.json</c>. The file is
/// created with mode 0600 (owner read/write only) from its first byte, never widened after the fact.
/// </summary>
internal sealed class CredentialStore(string path)
{
    public string Path { get; } = path;

    public static CredentialStore ForUser(CliEnvironment environment)
    {
        var configHome = environment.Get("XDG_CONFIG_HOME")
            ?? System.IO.Path.Combine(environment.Get("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return new CredentialStore(System.IO.Path.Combine(configHome, "scripthost", "credentials.json"));
    }

    /// <summary>The key stored for <paramref name="url"/>, or null.</summary>
    public string? Find(string url) => ReadAll().GetValueOrDefault(ServerUrl.Normalize(url));

    public void Save(string url, string key)
    {
        var keys = ReadAll();
        keys[ServerUrl.Normalize(url)] = key;
        WriteAll(keys);
    }

    /// <summary>Forgets the key for <paramref name="url"/>; false when there was none.</summary>
    public bool Remove(string url)
    {
        var keys = ReadAll();
        if (!keys.Remove(ServerUrl.Normalize(url)))
        {
            return false;
        }

        WriteAll(keys);
        return true;
    }

    private SortedDictionary<string, string> ReadAll()
    {
        if (!File.Exists(Path))
        {
            return new(StringComparer.Ordinal);
        }

        try
        {
            var stored = JsonSerializer.Deserialize<StoredCredentials>(File.ReadAllText(Path), JsonSerializerOptions.Web);
            return new(stored?.Keys ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        }
        catch (JsonException exception)
        {
            throw new CliException($"{Path} is not valid JSON ({exception.Message}); delete it and run 'scripthost login' again.");
        }
    }

    private void WriteAll(SortedDictionary<string, string> keys) =>
        OwnerOnlyFile.Write(Path, JsonSerializer.Serialize(new StoredCredentials(keys), new JsonSerializerOptions(JsonSerializerOptions.Web) { WriteIndented = true }));

    private sealed record StoredCredentials(IDictionary<string, string> Keys);
}
