using ScriptHost.Storage.Errors;
using ScriptHost.Storage.EnvironmentVariables;
using ScriptHost.Storage.Tests.Contracts;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.EnvironmentVariables;

/// <summary>What every backend's <see cref="IEnvironmentStore"/> must do with scopes: defaults, overrides, and what an environment sees.</summary>
public abstract class EnvironmentScopeContract(IContractStoreFactory factory) : StoreContract(factory)
{
    private const string Production = EnvironmentName.Production;

    [Fact]
    public async Task ListEffective_DefaultsAndOverrides_EnvironmentValueWinsByName()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        await store.Environment.SetVariableAsync("shop", "A", "default a", false, None);
        await store.Environment.SetVariableAsync("shop", "B", "default b", false, None);
        await store.Environment.SetVariableAsync(VariableScope.Of("shop", "dev"), "B", "dev b", true, None);
        await store.Environment.SetVariableAsync(VariableScope.Of("shop", "dev"), "C", "dev c", false, None);
        await store.Environment.SetVariableAsync(VariableScope.Of("shop", Production), "A", "production a", false, None);

        var dev = await store.Environment.ListEffectiveVariablesAsync("shop", "dev", None);
        var production = await store.Environment.ListEffectiveVariablesAsync("shop", Production, None);

        Assert.Equal(
            [("A", "default a", false, null), ("B", "dev b", true, "dev"), ("C", "dev c", false, "dev")],
            dev!.Select(variable => (variable.Name, variable.Value, variable.IsSecret, variable.Environment)));
        Assert.Equal(
            [("A", "production a", Production), ("B", "default b", null)],
            production!.Select(variable => (variable.Name, variable.Value, variable.Environment)));
    }

    [Fact]
    public async Task ListVariables_EachScope_SeesOnlyItsOwn()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        await store.Environment.SetVariableAsync("shop", "A", "default", false, None);
        await store.Environment.SetVariableAsync(VariableScope.Of("shop", "dev"), "A", "dev", false, None);

        Assert.Equal(["default"], (await store.Environment.ListVariablesAsync("shop", None)).Select(variable => variable.Value));
        Assert.Equal(["default"], (await store.Environment.ListVariablesAsync(VariableScope.ServiceDefaults("shop"), None)).Select(variable => variable.Value));
        Assert.Equal(["dev"], (await store.Environment.ListVariablesAsync(VariableScope.Of("shop", "dev"), None)).Select(variable => variable.Value));
        Assert.Empty(await store.Environment.ListVariablesAsync(VariableScope.Of("shop", Production), None));
    }

    [Fact]
    public async Task DeleteVariable_EnvironmentScope_UncoversTheDefault()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        await store.Environment.SetVariableAsync("shop", "A", "default", false, None);
        await store.Environment.SetVariableAsync(VariableScope.Of("shop", "dev"), "A", "dev", false, None);

        Assert.True(await store.Environment.DeleteVariableAsync(VariableScope.Of("shop", "dev"), "A", None));
        Assert.False(await store.Environment.DeleteVariableAsync(VariableScope.Of("shop", "dev"), "A", None));

        Assert.Equal(["default"], (await store.Environment.ListEffectiveVariablesAsync("shop", "dev", None))!.Select(variable => variable.Value));
    }

    [Fact]
    public async Task ListEffective_UnknownEnvironment_ReturnsNull()
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        Assert.Null(await temporary.Store.Environment.ListEffectiveVariablesAsync("shop", "dev", None));
        Assert.Null(await temporary.Store.Environment.ListEffectiveVariablesAsync("ghost", Production, None));
        Assert.Empty((await temporary.Store.Environment.ListEffectiveVariablesAsync("shop", Production, None))!);
    }

    [Fact]
    public async Task SetVariable_UnknownEnvironmentOrService_ThrowsNotFound()
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.Store.Environment.SetVariableAsync(VariableScope.Of("shop", "dev"), "A", "v", false, None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.Store.Environment.SetVariableAsync(VariableScope.Of("ghost", Production), "A", "v", false, None));
    }

    [Fact]
    public async Task SetVariable_InvalidEnvironmentName_ThrowsValidation()
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Environment.SetVariableAsync(VariableScope.Of("shop", "Dev"), "A", "v", false, None));
    }

    [Fact]
    public void Merge_SameNameInBoth_TakesTheEnvironmentsAndSortsOrdinally()
    {
        var at = DateTimeOffset.UnixEpoch;

        var merged = EffectiveVariables.Merge(
            [new("b", "1", false, at), new("A", "1", false, at)],
            [new("b", "2", false, at, "dev"), new("_", "2", false, at, "dev")]);

        Assert.Equal([("A", "1"), ("_", "2"), ("b", "2")], merged.Select(variable => (variable.Name, variable.Value)));
    }
}
