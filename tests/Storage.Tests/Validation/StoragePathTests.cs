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

    [Theory]
    [InlineData("sms", "/sms")]
    [InlineData("/sms", "/sms")]
    [InlineData("//a/b.txt", "/a/b.txt")]
    public void Normalize_UrlPath_ReturnsStoredFormWithoutError(string raw, string stored)
    {
        Assert.Equal(stored, StoragePath.Normalize(raw, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/../b")]
    [InlineData("a b")]
    [InlineData("trailing/")]
    public void Normalize_PathBreakingTheRule_ReturnsNullWithTheRule(string raw)
    {
        Assert.Null(StoragePath.Normalize(raw, out var error));
        Assert.Contains(StoragePath.Rule, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_PathOverMaxLength_ReturnsNullWithTheLength()
    {
        Assert.Null(StoragePath.Normalize(new string('a', StoragePath.MaxLength), out var error));
        Assert.Contains(StoragePath.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_LongestValidPath_IsValid()
    {
        var normalized = StoragePath.Normalize(new string('a', StoragePath.MaxLength - 1), out _);

        Assert.True(StoragePath.IsValid(normalized));
    }
}
