using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Validation;

public sealed class StorableTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ascii")]
    [InlineData("emoji \U0001F600 pair")]
    [InlineData("\U0001F600")]
    public void IsWellFormed_PairedOrNoSurrogates_IsTrue(string text) => Assert.True(StorableText.IsWellFormed(text));

    [Theory]
    [InlineData(0xD800, "a", "b")]
    [InlineData(0xDC00, "a", "b")]
    [InlineData(0xD800, "", "")]
    [InlineData(0xDBFF, "\U0001F600", "")]
    public void IsWellFormed_LoneSurrogate_IsFalse(int surrogate, string before, string after) =>
        Assert.False(StorableText.IsWellFormed(before + (char)surrogate + after));

    [Fact]
    public void Repair_LoneSurrogates_BecomeReplacementCharactersAndPairsStay()
    {
        var text = "a" + (char)0xD800 + "\U0001F600" + (char)0xDC00 + (char)0xD800;

        Assert.Equal("a\uFFFD\U0001F600\uFFFD\uFFFD", StorableText.Repair(text));
    }

    [Fact]
    public void Repair_WellFormedText_ReturnsTheSameInstance()
    {
        const string text = "nothing to repair \U0001F600";

        Assert.Same(text, StorableText.Repair(text));
    }
}
