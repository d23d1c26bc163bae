using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ScriptHost.TestSupport;

namespace ScriptHost.Tests.Support;

/// <summary>
/// The real server pipeline in memory, on its own temporary database and a known admin key. Built on a given
/// database file, it serves what an earlier factory on that file stored (a restart).
/// </summary>
public class ScriptHostFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = TestKeys.Admin;

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _ownsDataPath;

    public ScriptHostFactory()
        : this(NewDataPath(), new Dictionary<string, string>(), ownsDataPath: true)
    {
    }

    protected ScriptHostFactory(IReadOnlyDictionary<string, string> settings)
        : this(NewDataPath(), settings, ownsDataPath: true)
    {
    }

    protected ScriptHostFactory(string dataPath, IReadOnlyDictionary<string, string> settings, bool ownsDataPath)
    {
        DataPath = dataPath;
        _settings = settings;
        _ownsDataPath = ownsDataPath;
    }

    /// <summary>The admin key set in configuration; <c>null</c> leaves it unset, so the server uses the one its database holds.</summary>
    protected virtual string? ConfiguredAdminKey => AdminKey;

    /// <summary>The LiteDB file this server stores everything in.</summary>
    public string DataPath { get; }

    /// <summary>A server on an existing database file, which the caller deletes.</summary>
    public static ScriptHostFactory OnDatabase(string dataPath) => new(dataPath, new Dictionary<string, string>(), ownsDataPath: false);

    /// <summary>A fresh database file path in its own temporary directory.</summary>
    public static string NewDataPath() => TestDataPaths.New();

    /// <summary>A client that presents the admin key.</summary>
    public HttpClient CreateAdminClient() => CreateClientWithKey(AdminKey);

    /// <summary>A client that presents <paramref name="key"/> as its bearer key.</summary>
    public HttpClient CreateClientWithKey(string key)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    /// <summary>A client with no key, as Twilio or a browser calls functions.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Creates a uniquely named service and returns it with a client holding its key.</summary>
    public async Task<TestService> CreateServiceAsync(string prefix = "svc")
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)];
        using var admin = CreateAdminClient();
        using var response = await admin.PostAsJsonAsync("/api/services", new { name });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<CreatedService>();
        Assert.NotNull(created);
        return new TestService(created.Name, created.ApiKey, CreateClientWithKey(created.ApiKey));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ScriptHost:DataPath", DataPath);

        // Dozens of hosts start in one test run; each warming its own editor workspace (MEF, a first completion) is CPU
        // the compile-limit tests then miss. Tests of the editor's warm-up turn it back on.
        builder.UseSetting("ScriptHost:Editor:WarmUp", "false");
        if (ConfiguredAdminKey is { } adminKey)
        {
            builder.UseSetting("ScriptHost:AdminKey", adminKey);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    // WebApplicationFactory's DisposeAsync ends in Dispose(true) when the host stops cleanly; both clean up either way.
    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        finally
        {
            // Even when stopping the host fails, the database is this factory's alone to remove.
            if (disposing && _ownsDataPath)
            {
                TryDeleteDirectory(Path.GetDirectoryName(DataPath)!);
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (_ownsDataPath)
            {
                TryDeleteDirectory(Path.GetDirectoryName(DataPath)!);
            }

            GC.SuppressFinalize(this);
        }
    }

    internal static void TryDeleteDirectory(string directory) => TestDataPaths.TryDeleteDirectory(directory);

    private sealed record CreatedService(string Name, string ApiKey);
}
