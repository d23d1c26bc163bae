using System.Text.Json;
using System.Text.Json.Nodes;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests;

/// <summary>Runs every case file under <c>Cases/</c> against its expectation.</summary>
[Collection(ScriptCollection.Name)]
public sealed class ScriptCaseTests
{
    public static IEnumerable<object[]> Escapes => ScriptCase.In("Escapes");

    public static IEnumerable<object[]> Resources => ScriptCase.In("Resources");

    public static IEnumerable<object[]> Valid => ScriptCase.In("Valid");

    public static IEnumerable<object[]> CompileBombs => ScriptCase.In("CompileBombs");

    public static IEnumerable<object[]> Library => ScriptCase.In("Library");

    public static IEnumerable<object[]> Twilio => ScriptCase.In("Twilio");

    public static IEnumerable<object[]> SharedCode => ScriptCase.In("SharedCode");

    [Theory]
    [MemberData(nameof(Escapes))]
    public Task Escape_Attempt_IsRefusedAsExpected(ScriptCase scriptCase) => RunAsync(scriptCase);

    [Theory]
    [MemberData(nameof(Resources))]
    public Task Resource_Abuse_EndsAsExpected(ScriptCase scriptCase) => RunAsync(scriptCase);

    [Theory]
    [MemberData(nameof(Valid))]
    public Task Valid_Script_ProducesExpectedResult(ScriptCase scriptCase) => RunAsync(scriptCase);

    [Theory]
    [MemberData(nameof(CompileBombs))]
    public Task CompileBomb_Input_ComesBackAsDiagnostic(ScriptCase scriptCase) => RunAsync(scriptCase);

    /// <summary>Compiled with tests/TestLibrary as a library, under the test allowlist's section for it.</summary>
    [Theory]
    [MemberData(nameof(Library))]
    public Task Library_Use_IsAllowedOrRefusedAsExpected(ScriptCase scriptCase) => RunAsync(scriptCase, TestLibraryPolicy.Compiler);

    /// <summary>
    /// Compiled as the server compiles functions (the real function API, Twilio's library under its section of the
    /// embedded allowlist). Checked at compile time only: running them needs the server's globals, which the
    /// server's own tests (tests/ScriptHost.Tests/Twilio) provide.
    /// </summary>
    [Theory]
    [MemberData(nameof(Twilio))]
    public Task Twilio_Use_IsAllowedOrRefusedAsExpected(ScriptCase scriptCase) => RunAsync(scriptCase, SampleCompiler.Compiler);

    /// <summary>Case folders: a function and its shared code under lib/, compiled together, each error at its own file.</summary>
    [Theory]
    [MemberData(nameof(SharedCode))]
    public Task SharedCode_WithFunction_EndsAsExpected(ScriptCase scriptCase) => RunAsync(scriptCase);

    private static async Task RunAsync(ScriptCase scriptCase, ScriptHost.Sandbox.Compilation.ScriptCompiler? compiler = null)
    {
        var expected = scriptCase.Expected;
        var outcome = expected["outcome"]!.GetValue<string>();
        var compiled = await (compiler ?? SandboxFixture.Compiler).CompileAsync(scriptCase.Source, scriptCase.FileName, scriptCase.SharedCode);

        if (outcome == "compileError")
        {
            Assert.False(compiled.Succeeded, $"{scriptCase} compiled but was expected to be refused.");
            var id = expected["id"]?.GetValue<string>();
            var matching = compiled.Errors.Where(e => id is null || e.Id == id).ToList();
            Assert.True(matching.Count > 0, $"{scriptCase}: no {id} among: {string.Join("; ", compiled.Errors)}");
            if (expected["file"] is { } file)
            {
                Assert.True(
                    matching.Exists(e => e.File == file.GetValue<string>()),
                    $"{scriptCase}: not in the expected file: {string.Join("; ", matching)}");
            }

            if (expected["line"] is { } line)
            {
                Assert.True(
                    matching.Exists(e => e.Line == line.GetValue<int>()
                        && (expected["column"] is not { } column || e.Column == column.GetValue<int>())
                        && (expected["file"] is not { } inFile || e.File == inFile.GetValue<string>())),
                    $"{scriptCase}: not at the expected line/column: {string.Join("; ", matching)}");
            }

            if (expected["messageContains"] is { } text)
            {
                Assert.True(
                    matching.Exists(e => e.Message.Contains(text.GetValue<string>(), StringComparison.Ordinal)),
                    $"{scriptCase}: no message contains '{text.GetValue<string>()}': {string.Join("; ", matching)}");
            }

            return;
        }

        Assert.True(compiled.Succeeded, $"{scriptCase} failed to compile: {string.Join("; ", compiled.Diagnostics)}");
        if (outcome == "compiled")
        {
            return;
        }

        var loaded = ScriptLoader.Load(compiled.Script!);
        try
        {
            var limits = LimitsFrom(expected["limits"]);
            using var cancellation = new CancellationTokenSource();
            var globals = new TestHost(expected["input"]?.GetValue<string>() ?? string.Empty, cancellation.Token);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            var result = await new FunctionInvoker().InvokeAsync(loaded, globals, limits, cancellation.Token);
            if (expected["maxAllocatedMb"] is { } maxAllocated)
            {
                // Process-wide, so other tests' work counts too: the bound is far above the budget and far below the attempt.
                var allocatedMb = (GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / (1024 * 1024);
                Assert.True(allocatedMb <= maxAllocated.GetValue<long>(), $"{scriptCase}: {allocatedMb} MB allocated during the invocation");
            }

            switch (outcome)
            {
                case "completed":
                    Assert.True(result.Status == InvocationStatus.Completed, $"{scriptCase}: {result.Status} {result.Error}");
                    var actual = JsonSerializer.SerializeToNode(result.Value, result.Value?.GetType() ?? typeof(object));
                    Assert.True(
                        JsonNode.DeepEquals(expected["value"], actual),
                        $"{scriptCase}: expected {ScriptCase.Describe(expected["value"])}, got {ScriptCase.Describe(actual)}");
                    break;
                case "limit":
                    var limit = Enum.Parse<LimitKind>(expected["limit"]!.GetValue<string>());
                    Assert.True(
                        result.Status == ExpectedStatus(limit),
                        $"{scriptCase}: expected {limit} limit, got {result.Status} {result.Error}");
                    break;
                case "faulted":
                    Assert.True(result.Status == InvocationStatus.Faulted, $"{scriptCase}: {result.Status} {result.Error}");
                    if (expected["type"] is { } type)
                    {
                        Assert.Equal(type.GetValue<string>(), result.Error!.Type);
                    }

                    if (expected["line"] is { } faultLine)
                    {
                        Assert.True(faultLine.GetValue<int>() == result.Error!.Line, $"{scriptCase}: {result.Error}");
                    }

                    if (expected["file"] is { } faultFile)
                    {
                        Assert.Equal(faultFile.GetValue<string>(), result.Error!.File);
                    }

                    if (expected["messageContains"] is { } faultText)
                    {
                        Assert.Contains(faultText.GetValue<string>(), result.Error!.Message, StringComparison.Ordinal);
                    }

                    break;
                default:
                    Assert.Fail($"{scriptCase}: unknown outcome '{outcome}'.");
                    break;
            }
        }
        finally
        {
            loaded.Unload();
        }
    }

    private static InvocationStatus ExpectedStatus(LimitKind limit) => limit switch
    {
        LimitKind.Time => InvocationStatus.TimeLimitExceeded,
        LimitKind.Memory => InvocationStatus.MemoryLimitExceeded,
        LimitKind.Stack => InvocationStatus.StackLimitExceeded,
        _ => InvocationStatus.OutputLimitExceeded,
    };

    private static InvocationLimits LimitsFrom(JsonNode? node)
    {
        var limits = InvocationLimits.Default;
        if (node is null)
        {
            return limits;
        }

        if (node["wallTimeMs"] is { } wall)
        {
            limits = limits with { WallTime = TimeSpan.FromMilliseconds(wall.GetValue<int>()) };
        }

        if (node["memoryMb"] is { } memory)
        {
            limits = limits with { MemoryBytes = memory.GetValue<long>() * 1024 * 1024 };
        }

        if (node["maxStackDepth"] is { } depth)
        {
            limits = limits with { MaxStackDepth = depth.GetValue<int>() };
        }

        if (node["maxOutputKb"] is { } output)
        {
            limits = limits with { MaxOutputBytes = output.GetValue<long>() * 1024 };
        }

        return limits;
    }
}
