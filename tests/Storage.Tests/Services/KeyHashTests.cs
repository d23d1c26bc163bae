using ScriptHost.Storage.Services;

namespace ScriptHost.Storage.Tests.Services;

public sealed class KeyHashTests
{
    [Fact]
    public void Verify_SameKey_ReturnsTrue()
    {
        var key = KeyHash.GenerateKey();

        Assert.True(KeyHash.Verify(key, KeyHash.Compute(key)));
    }

    [Theory]
    [InlineData("other")]
    [InlineData("")]
    [InlineData(null)]
    public void Verify_DifferentOrMissingKey_ReturnsFalse(string? presented)
    {
        Assert.False(KeyHash.Verify(presented, KeyHash.Compute("the-key")));
    }

    [Fact]
    public void Verify_StoredHashOfWrongLength_ReturnsFalse()
    {
        Assert.False(KeyHash.Verify("the-key", new byte[5]));
    }

    [Fact]
    public void GenerateKey_TwoCalls_DifferAndAreUrlSafe()
    {
        var first = KeyHash.GenerateKey();
        var second = KeyHash.GenerateKey();

        Assert.NotEqual(first, second);
        Assert.True(first.Length >= 43);
        Assert.DoesNotContain(first, character => character is '+' or '/' or '=');
    }
}
