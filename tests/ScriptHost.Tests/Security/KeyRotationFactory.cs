using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ScriptHost.Storage;
using ScriptHost.Storage.LiteDb;
using ScriptHost.Storage.Services;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Security;

/// <summary>
/// A server on a fake clock, so a key's grace period can pass in a test. With <c>storedAdminKey</c> the admin key is
/// not configured: the database holds <see cref="StoredAdminKey"/>'s hash, as after a first start that generated one.
/// </summary>
public sealed class KeyRotationFactory : ScriptHostFactory
{
    public const string StoredAdminKey = "admin_stored-key-0123456789abcdef";

    private readonly bool _storedAdminKey;

    private KeyRotationFactory(FakeTimeProvider clock, string dataPath, bool ownsDataPath, int? graceSeconds, bool storedAdminKey)
        : base(dataPath, Settings(graceSeconds), ownsDataPath)
    {
        Clock = clock;
        _storedAdminKey = storedAdminKey;
    }

    /// <summary>The server's clock: advance it to let grace periods pass.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The admin key that opens this server.</summary>
    public string CurrentAdminKey => _storedAdminKey ? StoredAdminKey : AdminKey;

    protected override string? ConfiguredAdminKey => _storedAdminKey ? null : AdminKey;

    /// <summary>
    /// A server on a fresh database, deleted on dispose unless <paramref name="keepDatabase"/> (for a restart: then the
    /// caller deletes its directory).
    /// </summary>
    public static async Task<KeyRotationFactory> CreateAsync(int? graceSeconds = null, bool storedAdminKey = false, bool keepDatabase = false)
    {
        var dataPath = NewDataPath();
        if (storedAdminKey)
        {
            await StoreAdminKeyAsync(dataPath);
        }

        return new KeyRotationFactory(new FakeTimeProvider(), dataPath, ownsDataPath: !keepDatabase, graceSeconds, storedAdminKey);
    }

    /// <summary>Another server on <paramref name="earlier"/>'s kept database and its clock, once it has stopped (a restart).</summary>
    public static KeyRotationFactory RestartOf(KeyRotationFactory earlier, int? graceSeconds = null) =>
        new(earlier.Clock, earlier.DataPath, ownsDataPath: false, graceSeconds, earlier._storedAdminKey);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    private static IReadOnlyDictionary<string, string> Settings(int? graceSeconds) => graceSeconds is { } seconds
        ? new Dictionary<string, string> { ["ScriptHost:KeyRotationGraceSeconds"] = seconds.ToString(CultureInfo.InvariantCulture) }
        : new Dictionary<string, string>();

    private static async Task StoreAdminKeyAsync(string dataPath)
    {
        await using var store = LiteDbStore.Open(new StorageOptions { DatabasePath = dataPath });
        await store.Services.SetAdminKeyHashAsync(KeyHash.Compute(StoredAdminKey), CancellationToken.None);
    }
}
