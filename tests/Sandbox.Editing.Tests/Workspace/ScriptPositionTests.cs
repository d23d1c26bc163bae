using ScriptHost.Sandbox.Editing.Workspace;

namespace ScriptHost.Sandbox.Editing.Tests.Workspace;

public sealed class ScriptPositionTests
{
    [Theory]
    [InlineData("ab\ncd", 1, 1, 0)]
    [InlineData("ab\ncd", 1, 3, 2)]
    [InlineData("ab\ncd", 2, 1, 3)]
    [InlineData("ab\r\ncd", 2, 2, 5)]
    [InlineData("ab\ncd", 2, 3, 5)]
    [InlineData("😀x", 1, 3, 2)]
    public void TryGetOffset_InsideTheText_CountsUtf16Units(string source, int line, int column, int expected)
    {
        Assert.True(ScriptPosition.TryGetOffset(source, line, column, out var offset));
        Assert.Equal(expected, offset);
    }

    [Theory]
    [InlineData("ab", 0, 1)]
    [InlineData("ab", 1, 0)]
    [InlineData("ab", 1, 4)]
    [InlineData("ab", 2, 1)]
    public void TryGetOffset_OutsideTheText_IsFalse(string source, int line, int column) =>
        Assert.False(ScriptPosition.TryGetOffset(source, line, column, out _));
}
