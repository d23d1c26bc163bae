using ScriptHost.Sandbox.Policy;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Policy;

public sealed class ApiPolicyTests
{
    [Fact]
    public void Create_AssemblyGivenAsApiAndAsLibrary_Throws()
    {
        // Allowed in full and allowed by section at once would make the section meaningless.
        var error = Assert.Throws<ArgumentException>(() => ApiPolicy.Create(
            [typeof(TestHost).Assembly, TestLibraryPolicy.Library], [TestLibraryPolicy.Library], TestLibraryPolicy.Allowlist, TestLibraryPolicy.Hints));
        Assert.Contains("'TestLibrary'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LibraryWithoutAnAllowlistSection_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ApiPolicy.Create([typeof(TestHost).Assembly], [TestLibraryPolicy.Library]));
        Assert.Contains("'[library TestLibrary]'", error.Message, StringComparison.Ordinal);
    }
}
