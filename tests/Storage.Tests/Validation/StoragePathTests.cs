using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Validation;

public sealed class StoragePathTests
{
    [Theory]
    [InlineData("/sms")]
    [InlineData("/api/v1/hook.json")]
    [InlineData("/a~b_c-d")]
    public void IsValid_PlainSegments_ReturnsTrue(string path) => Assert.True(StoragePath.IsValid(path));

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("sms")]
    [InlineData("/a//b")]
    [InlineData("/a/../b")]
    [InlineData("/a/./b")]
    [InlineData("/a|b")]
    [InlineData("/a b")]
    [InlineData("/trailing/")]
    public void IsValid_UnsafePath_ReturnsFalse(string path) => Assert.False(StoragePath.IsValid(path));
}
