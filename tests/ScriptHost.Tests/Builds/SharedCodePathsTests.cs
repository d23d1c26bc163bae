using ScriptHost.Builds;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Tests.Builds;

/// <summary>
/// Bundles and the compiler spell shared code <c>lib/x.cs</c>, the store <c>/lib/x.cs</c>: the compiler's rule decides,
/// and every path it accepts must be one the store accepts once converted, or a valid bundle would fail in storage.
/// </summary>
public sealed class SharedCodePathsTests
{
    [Theory]
    [InlineData("lib/x.cs")]
    [InlineData("lib/text/counting.cs")]
    [InlineData("lib/a-b_c~d.e.cs")]
    [InlineData("lib/.cs")]
    [InlineData("lib/x.txt")]
    [InlineData("src/x.cs")]
    [InlineData("/lib/x.cs")]
    [InlineData("lib//x.cs")]
    [InlineData("lib/../x.cs")]
    [InlineData("lib/a b.cs")]
    public void StoredForm_OfAnyBundlePath_ValidInTheStoreExactlyWhenTheCompilerAcceptsIt(string bundlePath)
    {
        var acceptedByCompiler = SharedCodeRules.PathError(bundlePath) is null;

        Assert.Equal(acceptedByCompiler, SharedCodePath.IsValid(SharedCodePath.ToStored(bundlePath)));
    }

    [Fact]
    public void StoredForm_OfTheLongestPathTheCompilerAccepts_IsValidInTheStore()
    {
        var longest = "lib/" + new string('a', SharedCodeRules.MaxPathLength - "lib/".Length - ".cs".Length) + ".cs";

        Assert.Null(SharedCodeRules.PathError(longest));
        Assert.True(SharedCodePath.IsValid(SharedCodePath.ToStored(longest)));
        Assert.Equal(longest, SharedCodePath.ToRelative(SharedCodePath.ToStored(longest)));
    }

    [Fact]
    public void FileCount_CompilerAndStore_AllowTheSameNumber() => Assert.Equal(SharedCodeRules.MaxFiles, BuildLimits.MaxLibFiles);
}
