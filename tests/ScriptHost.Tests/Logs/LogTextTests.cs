using ScriptHost.Logs;

namespace ScriptHost.Tests.Logs;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("line one\nline two", "line one\\nline two")]
    [InlineData("a\r\nb\tc", "a\\r\\nb\\tc")]
    [InlineData("\u001b[31mred\u001b[0m", "\\u001b[31mred\\u001b[0m")]
    [InlineData("nul\0here", "nul\\u0000here")]
    [InlineData("del\u007f c1\u0085", "del\\u007f c1\\u0085")]
    [InlineData("sep\u2028para\u2029", "sep\\u2028para\\u2029")]
    [InlineData("bidi\u202Eevil\u2066", "bidi\\u202eevil\\u2066")]
    public void Escape_ControlCharacters_AreWrittenAsVisibleEscapes(string message, string expected)
    {
        Assert.Equal(expected, LogText.Escape(message, 4096));
    }

    [Fact]
    public void Escape_UnpairedSurrogate_IsWrittenAsAnEscape()
    {
        Assert.Equal("lone\\ud800 pair 😀", LogText.Escape("lone" + (char)0xD800 + " pair 😀", 4096));
    }

    [Theory]
    [InlineData("plain text, C:\\path and \"quotes\"")]
    [InlineData("emoji 😀 and accents éàü")]
    public void Escape_OrdinaryText_IsKeptAsItIs(string message)
    {
        Assert.Equal(message, LogText.Escape(message, 4096));
    }

    [Fact]
    public void Escape_LongerThanTheLimit_IsCutAndMarked()
    {
        var escaped = LogText.Escape(new string('\n', 10_000), 100);

        Assert.EndsWith("…", escaped, StringComparison.Ordinal);
        Assert.Equal(101, escaped.Length);
        Assert.DoesNotContain('\n', escaped);
    }
}
