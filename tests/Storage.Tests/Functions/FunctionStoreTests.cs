using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Functions;

namespace ScriptHost.Storage.Tests.Functions;

public sealed class FunctionStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Deploy_FirstTime_CreatesVersionOneActiveAndReportsNew()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        var result = await temporary.DeployAsync("shop", "/sms", "return \"hi\";");

        Assert.True(result.IsNewFunction);
        Assert.Equal(1, result.Version);
        Assert.Equal(1, result.Function.ActiveVersion);
        var version = await temporary.Store.Functions.GetVersionAsync("shop", "/sms", 1, None);
        Assert.Equal("return \"hi\";", version!.Source);
        Assert.Equal(TemporaryStore.ImageFor("return \"hi\";"), version.AssemblyImage.ToArray());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("return \"hi\";"u8)), version.SourceSha256);
    }

    [Fact]
    public async Task Deploy_Again_AddsNextVersionAndActivatesIt()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.DeployAsync("shop", "/sms", "v1");

        var second = await temporary.DeployAsync("shop", "/sms", "v2");

        Assert.False(second.IsNewFunction);
        Assert.Equal(2, second.Version);
        var details = await temporary.Store.Functions.GetFunctionAsync("shop", "/sms", None);
        Assert.Equal(2, details!.Function.ActiveVersion);
        Assert.Equal([1, 2], details.Versions.Select(version => version.Number));
        Assert.Equal("v1", (await temporary.Store.Functions.GetVersionAsync("shop", "/sms", 1, None))!.Source);
    }

    [Fact]
    public async Task Deploy_UnknownService_ThrowsNotFound()
    {
        await using var temporary = TemporaryStore.Create();

        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.DeployAsync("ghost", "/sms"));
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("/a/../b")]
    [InlineData("/a|b")]
    public async Task Deploy_InvalidPath_ThrowsValidationAndStoresNothing(string path)
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.DeployAsync("shop", path));

        Assert.Empty(await temporary.Store.Functions.ListFunctionsAsync("shop", None));
    }

    [Fact]
    public async Task Deploy_EmptyImage_ThrowsValidationAndKeepsActiveVersion()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.DeployAsync("shop", "/sms", "v1");

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Functions.DeployAsync(
            new FunctionDeployment("shop", "/sms", "v2", "build", ReadOnlyMemory<byte>.Empty, FunctionVisibility.Public, FunctionLimits.Default), None));

        var details = await temporary.Store.Functions.GetFunctionAsync("shop", "/sms", None);
        Assert.Equal(1, details!.Function.ActiveVersion);
        Assert.Single(details.Versions);
    }

    [Fact]
    public async Task Deploy_PathsDifferingOnlyInCase_AreDifferentFunctions()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await temporary.DeployAsync("shop", "/Sms", "upper");
        var lower = await temporary.DeployAsync("shop", "/sms", "lower");

        Assert.True(lower.IsNewFunction);
        Assert.Equal(2, (await temporary.Store.Functions.ListFunctionsAsync("shop", None)).Count);
    }

    [Fact]
    public async Task Deploy_VisibilityAndLimits_AreStoredOnTheFunction()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await temporary.Store.Functions.DeployAsync(
            new FunctionDeployment("shop", "/hook", "x", "b", new byte[] { 1 }, FunctionVisibility.Protected, new FunctionLimits(TimeoutMs: 5000, MemoryMb: 64)), None);

        var function = (await temporary.Store.Functions.GetFunctionAsync("shop", "/hook", None))!.Function;
        Assert.Equal(FunctionVisibility.Protected, function.Visibility);
        Assert.Equal(new FunctionLimits(5000, 64), function.Limits);
    }

    [Fact]
    public async Task ActivateVersion_OlderVersion_RollsBackAndNextDeployContinuesNumbering()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.DeployAsync("shop", "/sms", "v1");
        await temporary.DeployAsync("shop", "/sms", "v2");

        var rolledBack = await temporary.Store.Functions.ActivateVersionAsync("shop", "/sms", 1, None);
        var active = await temporary.Store.Functions.LoadActiveFunctionsAsync(None);
        var third = await temporary.DeployAsync("shop", "/sms", "v3");

        Assert.Equal(1, rolledBack!.ActiveVersion);
        Assert.Equal("v1", Assert.Single(active).Version.Source);
        Assert.Equal(3, third.Version);
    }

    [Fact]
    public async Task ActivateVersion_MissingVersionOrFunction_ReturnsNullAndChangesNothing()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.DeployAsync("shop", "/sms", "v1");

        Assert.Null(await temporary.Store.Functions.ActivateVersionAsync("shop", "/sms", 7, None));
        Assert.Null(await temporary.Store.Functions.ActivateVersionAsync("shop", "/other", 1, None));
        Assert.Equal(1, (await temporary.Store.Functions.GetFunctionAsync("shop", "/sms", None))!.Function.ActiveVersion);
    }

    [Fact]
    public async Task UpdateSettings_Existing_ChangesVisibilityAndLimitsOnly()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.DeployAsync("shop", "/sms", "v1");

        var updated = await temporary.Store.Functions.UpdateSettingsAsync("shop", "/sms", FunctionVisibility.Private, new FunctionLimits(100, null), None);

        Assert.Equal(FunctionVisibility.Private, updated!.Visibility);
        Assert.Equal(1, updated.ActiveVersion);
        Assert.Null(await temporary.Store.Functions.UpdateSettingsAsync("shop", "/none", FunctionVisibility.Private, FunctionLimits.Default, None));
    }

    [Fact]
    public async Task UpdateBuild_ExistingVersion_ReplacesImageKeepsSource()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.DeployAsync("shop", "/sms", "v1", buildKey: "roslyn-4");

        Assert.True(await temporary.Store.Functions.UpdateBuildAsync("shop", "/sms", 1, "roslyn-5", new byte[] { 9, 9 }, None));

        var version = await temporary.Store.Functions.GetVersionAsync("shop", "/sms", 1, None);
        Assert.Equal("roslyn-5", version!.BuildKey);
        Assert.Equal(new byte[] { 9, 9 }, version.AssemblyImage.ToArray());
        Assert.Equal("v1", version.Source);
        Assert.False(await temporary.Store.Functions.UpdateBuildAsync("shop", "/sms", 2, "roslyn-5", new byte[] { 1 }, None));
    }

    [Fact]
    public async Task DeleteFunction_Existing_RemovesFunctionAndVersions()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.DeployAsync("shop", "/sms", "v1");
        await temporary.DeployAsync("shop", "/keep", "k");

        Assert.True(await temporary.Store.Functions.DeleteFunctionAsync("shop", "/sms", None));

        Assert.Null(await temporary.Store.Functions.GetFunctionAsync("shop", "/sms", None));
        Assert.Null(await temporary.Store.Functions.GetVersionAsync("shop", "/sms", 1, None));
        Assert.False(await temporary.Store.Functions.DeleteFunctionAsync("shop", "/sms", None));
        Assert.Equal("/keep", Assert.Single(await temporary.Store.Functions.ListFunctionsAsync("shop", None)).Path);

        // A redeploy starts a new history.
        Assert.True((await temporary.DeployAsync("shop", "/sms", "again")).IsNewFunction);
    }

    [Fact]
    public async Task LoadActiveFunctions_SeveralServices_ReturnsActiveVersionOfEach()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("a");
        await temporary.CreateServiceAsync("b");
        await temporary.DeployAsync("a", "/one", "a1");
        await temporary.DeployAsync("a", "/one", "a2");
        await temporary.DeployAsync("b", "/two", "b1");

        var active = await temporary.Store.Functions.LoadActiveFunctionsAsync(None);

        Assert.Equal(
            [("a", "/one", "a2"), ("b", "/two", "b1")],
            active.Select(function => (function.Function.Service, function.Function.Path, function.Version.Source)));
        Assert.All(active, function => Assert.False(function.Version.AssemblyImage.IsEmpty));
    }
}
