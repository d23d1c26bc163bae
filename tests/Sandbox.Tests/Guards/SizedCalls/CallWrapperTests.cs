using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Guards.SizedCalls;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;
using TestLibrary.Messages;

namespace ScriptHost.Sandbox.Tests.Guards.SizedCalls;

/// <summary>The host's own call wrappers (<see cref="SandboxOptions.CallWrappers"/>), here for a library member.</summary>
[Collection(ScriptCollection.Name)]
public sealed class CallWrapperTests
{
    private const string RendersAMessage = "return TestLibrary.Messages.Message.Parse(\"+1555: hi\").Render();";

    private static readonly ScriptCompiler WithWrapper = new(new SandboxOptions
    {
        GlobalsType = TestLibraryPolicy.Options.GlobalsType,
        ApiAssemblies = TestLibraryPolicy.Options.ApiAssemblies,
        LibraryAssemblies = TestLibraryPolicy.Options.LibraryAssemblies,
        AllowlistForTests = TestLibraryPolicy.Allowlist,
        RefusalHintsForTests = TestLibraryPolicy.Hints,
        CallWrappers = [typeof(MessageCalls)],
    });

    [Fact]
    public void With_HostWrapperOfALibraryMember_AddsItToTheSandboxesOwn()
    {
        var table = SizedCallTable.With([typeof(MessageCalls)]);

        Assert.True(table.IsReplaced("M:TestLibrary.Messages.Message.Render"));
        Assert.Equal(SizedCallTable.Instance.Calls.Count + 1, table.Calls.Count);
        Assert.Same(SizedCallTable.Instance, SizedCallTable.With([]));
    }

    [Fact]
    public void With_HostWrapperMatchingNoMember_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SizedCallTable.With([typeof(MismatchedMessageCalls)]));
        Assert.Contains("MismatchedMessageCalls.Render", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_CallOfAWrappedLibraryMember_RunsTheWrapper()
    {
        Assert.Equal("wrapped <Message to=\"+1555\">hi</Message>", await RunAsync(WithWrapper, RendersAMessage));
        Assert.Equal("<Message to=\"+1555\">hi</Message>", await RunAsync(TestLibraryPolicy.Compiler, RendersAMessage));
    }

    [Fact]
    public async Task Compile_WrappedLibraryMemberAsAnInstanceMethodGroup_IsRefusedByTheIlCheck()
    {
        // A delegate to the instance method cannot be pointed at the static wrapper, so the call would run unchecked.
        var result = await WithWrapper.CompileAsync("Func<string> render = TestLibrary.Messages.Message.Parse(\"+1555: hi\").Render;\nreturn render();");

        var error = Assert.Single(result.Errors);
        Assert.Equal(SandboxDiagnosticIds.ForbiddenIl, error.Id);
        Assert.StartsWith("'TestLibrary.Messages.Message.Render' (member the host checks at each call", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyFor_CallWrappers_ChangeTheKey()
    {
        Assert.NotEqual(TestLibraryPolicy.Compiler.KeyFor(RendersAMessage), WithWrapper.KeyFor(RendersAMessage));
    }

    private static async Task<object?> RunAsync(ScriptCompiler compiler, string source)
    {
        var compiled = await compiler.CompileAsync(source);
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
        var loaded = ScriptLoader.Load(compiled.Script!);
        try
        {
            var result = await new FunctionInvoker().InvokeAsync(loaded, new TestHost(), InvocationLimits.Default);
            Assert.Equal(InvocationStatus.Completed, result.Status);
            return result.Value;
        }
        finally
        {
            loaded.Unload();
        }
    }

    /// <summary>A wrapper whose shape matches no member of the type it names.</summary>
    public static class MismatchedMessageCalls
    {
        [Replaces(typeof(Message), nameof(Message.Render))]
        public static string Render(Message self, int width) => self.Render() + width;
    }
}
