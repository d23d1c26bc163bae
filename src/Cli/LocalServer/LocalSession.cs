using System.Text.Json;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Project;

namespace ScriptHost.Cli.LocalServer;

/// <summary>
/// How other commands reach the server a running <c>scripthost start</c> serves this folder with (<c>--local</c>):
/// its URL, the service and the key that server was started with, in <c>.scripthost/session.json</c> (0600, inside
/// the gitignored local state) while it runs, deleted when it stops. The key is that throwaway server's own (a new one
/// every start; the server listens on 127.0.0.1 only), never a key of a real server.
/// </summary>
internal sealed record LocalSession(string Url, string Service, string Key)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public static string PathIn(string root) => Path.Combine(root, ProjectLayout.StateFolder, "session.json");

    public void Write(string root) => OwnerOnlyFile.Write(PathIn(root), JsonSerializer.Serialize(this, s_json));

    /// <summary>The session of the start running in <paramref name="root"/>, or null when none is.</summary>
    public static LocalSession? Read(string root)
    {
        try
        {
            return JsonSerializer.Deserialize<LocalSession>(File.ReadAllText(PathIn(root)), s_json);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    public static void Delete(string root) => File.Delete(PathIn(root));
}
