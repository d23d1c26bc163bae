using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Validation;

public sealed class ServiceNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("my-service-2")]
    [InlineData("0")]
    [InlineData("ends-with-")]
    [InlineData("double--hyphen")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890ab")]
    public void IsValid_LowercaseDigitsHyphensUpTo63_ReturnsTrue(string name) => Assert.True(ServiceName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Upper")]
    [InlineData("-leading-hyphen")]
    [InlineData("-")]
    [InlineData("under_score")]
    [InlineData("with space")]
    [InlineData("pipe|name")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890abc")]
    public void IsValid_AnythingElse_ReturnsFalse(string? name) => Assert.False(ServiceName.IsValid(name));
}
