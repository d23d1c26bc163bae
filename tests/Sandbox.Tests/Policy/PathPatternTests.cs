using ScriptHost.Sandbox.Policy;

namespace ScriptHost.Sandbox.Tests.Policy;

public sealed class PathPatternTests
{
    [Theory]
    [InlineData("Sender", "Sender", true)]
    [InlineData("Sender", "Sender.Configure", true)]
    [InlineData("Sender", "Sender+Nested.Member", false)]
    [InlineData("Sender", "Senders", false)]
    [InlineData("Sender.Configure", "Sender.Configure", true)]
    [InlineData("Sender.Configure", "Sender.Send", false)]
    [InlineData("Internal.**", "Internal.Diagnostics.Dump", true)]
    [InlineData("Internal.**", "Internals.Diagnostics", false)]
    [InlineData("*.Dump", "Diagnostics.Dump", true)]
    [InlineData("*.Dump", "Internal.Diagnostics.Dump", false)]
    [InlineData("**.Dump", "Internal.Diagnostics.Dump", true)]
    [InlineData("**.Dump", "Dump", true)]
    [InlineData("Page", "Page`1.Items", true)]
    [InlineData("Page`1", "Page`1.Items", true)]
    [InlineData("Page`2", "Page`1.Items", false)]
    [InlineData("Sender..ctor", "Sender..ctor", true)]
    public void Matches_PathWithoutParameters_TakesThePathAndWhatIsInsideIt(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, PathPattern.Parse(pattern, 1).Matches(Split(path), parameters: null));
    }

    [Theory]
    [InlineData("Sender.Send(object)", "Sender.Send", "object", true)]
    [InlineData("Sender.Send( object )", "Sender.Send", "object", true)]
    [InlineData("Sender.Send(object)", "Sender.Send", "Message", false)]
    [InlineData("Sender.Send(object)", "Sender.Send.Inner", "object", false)]
    [InlineData("**.ToJson(object)", "Api.V2010.MessageResource.ToJson", "object", true)]
    [InlineData("Sender..ctor(string,HttpClient)", "Sender..ctor", "string,HttpClient", true)]
    [InlineData("Sender.Send", "Sender.Send", "Message", true)]
    public void Matches_PathWithParameters_TakesThatOverloadOnly(string pattern, string path, string parameters, bool matches)
    {
        Assert.Equal(matches, PathPattern.Parse(pattern, 1).Matches(Split(path), parameters));
    }

    [Theory]
    [InlineData("Sender.Send(object")]
    [InlineData("Sender..Send")]
    [InlineData("Send*")]
    [InlineData("**(object)")]
    [InlineData("Sender Send")]
    public void Parse_MalformedPattern_Throws(string pattern)
    {
        Assert.Throws<FormatException>(() => PathPattern.Parse(pattern, 1));
    }

    /// <summary>"Sender..ctor" is a type and its constructor, as the pattern spells them.</summary>
    private static string[] Split(string path) =>
        path.Replace("..ctor", ".#ctor", StringComparison.Ordinal).Split('.').Select(s => s.Replace("#", ".", StringComparison.Ordinal)).ToArray();
}
