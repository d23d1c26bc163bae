using ScriptHost.Sandbox.Policy;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Policy;

public sealed class LibrarySymbolLookupTests
{
    private static readonly LibrarySymbolLookup Lookup = new([typeof(TestHost).Assembly, TestLibraryPolicy.Library]);

    [Theory]
    [InlineData("T:TestLibrary.Messages.Sender.Options")]
    [InlineData("M:TestLibrary.Messages.Page`1.get_Number")]
    [InlineData("M:TestLibrary.Messages.Sender.SendValue``1(``0)")]
    [InlineData("M:TestLibrary.Messages.Sender.#ctor(System.String)")]
    public void Find_PublicTypeOrMember_FindsItInTheLibrary(string id)
    {
        var symbol = Lookup.Find(id, "TestLibrary");

        Assert.NotNull(symbol);
        Assert.Equal("TestLibrary", symbol.ContainingAssembly.Name);
    }

    [Theory]
    [InlineData("M:TestLibrary.Messages.Page`1.set_Number(System.Int32)", "TestLibrary")]
    [InlineData("F:TestLibrary.Messages.Sender._region", "TestLibrary")]
    [InlineData("T:TestLibrary.Messages.NoSuchType", "TestLibrary")]
    [InlineData("T:TestLibrary.Messages.Sender", "ScriptHost.TestGlobals")]
    public void Find_MemberTheLibraryDoesNotExposeOrAnotherAssemblys_FindsNothing(string id, string assembly)
    {
        // IL naming a private member finds nothing to allow, so the IL check refuses it.
        Assert.Null(Lookup.Find(id, assembly));
    }
}
