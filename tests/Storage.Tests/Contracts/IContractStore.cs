namespace ScriptHost.Storage.Tests.Contracts;

/// <summary>A store over its own fresh database, for one contract test; disposing it closes the store and removes the database.</summary>
public interface IContractStore : IAsyncDisposable
{
    IScriptHostStore Store { get; }

    /// <summary>Closes the store and opens it again on the same database, as a restarted host would.</summary>
    Task ReopenAsync();
}
