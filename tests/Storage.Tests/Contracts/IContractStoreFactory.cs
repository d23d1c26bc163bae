namespace ScriptHost.Storage.Tests.Contracts;

/// <summary>
/// What a storage backend supplies to run the contract tests (the abstract <c>*Contract</c> classes): empty stores.
/// A backend's test project subclasses each contract with its factory, as <c>LiteDb/LiteDbContracts.cs</c> does.
/// </summary>
public interface IContractStoreFactory
{
    /// <summary>A store over a new, empty database whose clock is <paramref name="clock"/> (the system clock when <c>null</c>).</summary>
    Task<IContractStore> CreateAsync(TimeProvider? clock = null);
}
