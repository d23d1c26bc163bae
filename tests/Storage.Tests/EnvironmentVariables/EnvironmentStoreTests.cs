using ScriptHost.Storage.Errors;

namespace ScriptHost.Storage.Tests.EnvironmentVariables;

public sealed class EnvironmentStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SetVariable_ThenList_ReturnsSortedWithSecretFlag()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await temporary.Store.Environment.SetVariableAsync("shop", "TWILIO_TOKEN", "t0k", isSecret: true, None);
        await temporary.Store.Environment.SetVariableAsync("shop", "GREETING", "hello", isSecret: false, None);
        await temporary.Store.Environment.SetVariableAsync("shop", "GREETING", "hi", isSecret: false, None);

        var variables = await temporary.Store.Environment.ListVariablesAsync("shop", None);
        Assert.Equal([("GREETING", "hi", false), ("TWILIO_TOKEN", "t0k", true)], variables.Select(variable => (variable.Name, variable.Value, variable.IsSecret)));
    }

    [Fact]
    public async Task DeleteVariable_ExistingAndMissing_ReturnsTrueThenFalse()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Environment.SetVariableAsync("shop", "A", "1", false, None);

        Assert.True(await temporary.Store.Environment.DeleteVariableAsync("shop", "A", None));
        Assert.False(await temporary.Store.Environment.DeleteVariableAsync("shop", "A", None));
        Assert.Empty(await temporary.Store.Environment.ListVariablesAsync("shop", None));
    }

    [Theory]
    [InlineData("1ABC")]
    [InlineData("WITH-DASH")]
    [InlineData("")]
    public async Task SetVariable_InvalidName_ThrowsValidation(string name)
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Environment.SetVariableAsync("shop", name, "v", false, None));
    }

    [Fact]
    public async Task SetVariable_UnknownService_ThrowsNotFound()
    {
        await using var temporary = TemporaryStore.Create();

        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.Store.Environment.SetVariableAsync("ghost", "A", "v", false, None));
    }
}
