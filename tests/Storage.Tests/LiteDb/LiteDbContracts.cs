using ScriptHost.Storage.Tests.Blobs;
using ScriptHost.Storage.Tests.Builds;
using ScriptHost.Storage.Tests.Contracts;
using ScriptHost.Storage.Tests.DeploymentEnvironments;
using ScriptHost.Storage.Tests.Deployments;
using ScriptHost.Storage.Tests.EnvironmentVariables;
using ScriptHost.Storage.Tests.Functions;
using ScriptHost.Storage.Tests.Journal;

namespace ScriptHost.Storage.Tests.LiteDb;

/// <summary>The backend-neutral contract tests, run against LiteDB (a temporary database file per test).</summary>
internal sealed class LiteDbContractStoreFactory : IContractStoreFactory
{
    public static LiteDbContractStoreFactory Instance { get; } = new();

    public Task<IContractStore> CreateAsync(TimeProvider? clock = null) =>
        Task.FromResult<IContractStore>(TemporaryStore.Create(options => clock is null ? options : options with { TimeProvider = clock }));
}

public sealed class LiteDbBuildStoreTests() : BuildStoreContract(LiteDbContractStoreFactory.Instance);

public sealed class LiteDbFunctionStoreTests() : FunctionStoreContract(LiteDbContractStoreFactory.Instance);

public sealed class LiteDbDeploymentStoreTests() : DeploymentStoreContract(LiteDbContractStoreFactory.Instance);

public sealed class LiteDbDeploymentEnvironmentStoreTests() : DeploymentEnvironmentStoreContract(LiteDbContractStoreFactory.Instance);

public sealed class LiteDbEnvironmentScopeTests() : EnvironmentScopeContract(LiteDbContractStoreFactory.Instance);

public sealed class LiteDbBlobStoreTests() : BlobStoreContract(LiteDbContractStoreFactory.Instance);

public sealed class LiteDbJournalEnvironmentTests() : JournalEnvironmentContract(LiteDbContractStoreFactory.Instance);
