using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Project.DotEnv;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Project.DotEnv;

public sealed class DotEnvParserTests
{
    [Fact]
    public void Parse_TheUsualForms_GivesTheValuesAsWritten()
    {
        var variables = DotEnvParser.Parse(
            """
            # a comment
            PLAIN=hello world
            export EXPORTED=yes
            SPACED = padded   # trailing comment
            HASH_INSIDE=abc#def
            SINGLE='literal $HOME \n # not a comment'
            DOUBLE="line one\nline \"two\""
            EMPTY=
            PEM="-----BEGIN-----
            abc
            -----END-----"
            PLAIN=last wins
            """,
            ".env");

        Assert.Equal("last wins", variables["PLAIN"]);
        Assert.Equal("yes", variables["EXPORTED"]);
        Assert.Equal("padded", variables["SPACED"]);
        Assert.Equal("abc#def", variables["HASH_INSIDE"]);
        Assert.Equal("literal $HOME \\n # not a comment", variables["SINGLE"]);
        Assert.Equal("line one\nline \"two\"", variables["DOUBLE"]);
        Assert.Equal(string.Empty, variables["EMPTY"]);
        Assert.Equal("-----BEGIN-----\nabc\n-----END-----", variables["PEM"]);
        Assert.Equal(8, variables.Count);
    }

    [Theory]
    [InlineData("NOT AN ASSIGNMENT", ".env:1: expected NAME=value")]
    [InlineData("OK=1\n1BAD=2", ".env:2: expected NAME=value")]
    [InlineData("A='open", ".env:1: the single-quoted value has no closing quote")]
    [InlineData("A=\"open\nB=2", ".env:1: the double-quoted value has no closing quote")]
    public void Parse_BrokenLine_NamesFileAndLine(string text, string expected)
    {
        var exception = Assert.Throws<CliException>(() => DotEnvParser.Parse(text, ".env"));

        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EnvironmentFileOverridesTheBaseOne()
    {
        using var folder = new TemporaryFolder();
        folder.File(".env", "A=base\nB=base\n");
        folder.File(".env.dev", "B=dev\nC=dev\n");

        var dev = DotEnvFiles.Load(folder.Path, "dev");
        var none = DotEnvFiles.Load(folder.Path, null);
        var missing = DotEnvFiles.Load(folder.Path, "production");

        Assert.Equal(["A=base", "B=dev", "C=dev"], dev.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
        Assert.Equal(["A=base", "B=base"], none.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
        Assert.Equal(2, missing.Count);
    }
}
