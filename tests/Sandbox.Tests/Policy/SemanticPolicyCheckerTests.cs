using ScriptHost.Sandbox.Compilation;
using static ScriptHost.Sandbox.Tests.Policy.PolicyTestCompilation;

namespace ScriptHost.Sandbox.Tests.Policy;

public sealed class SemanticPolicyCheckerTests
{
    [Fact]
    public void CheckSemantics_FileReadAllText_ReportsTheMethodAtItsLineAndColumn()
    {
        var diagnostic = Assert.Single(CheckSemantics("var a = 1;\nvar text = System.IO.File.ReadAllText(\"/etc/passwd\");"));
        Assert.Equal(SandboxDiagnosticIds.ForbiddenApi, diagnostic.Id);
        Assert.Equal(
            "'System.IO.File.ReadAllText(string)' is not allowed in functions; functions have no file system: use Assets to read files and Store to keep data.",
            diagnostic.Message);
        Assert.Equal((2, 12), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void CheckSemantics_AllowedSurfaceAndOwnDeclarations_ReportsNothing()
    {
        const string source = """
            record Item(string Name, int Count);
            class Basket : IEnumerable<Item>
            {
                private readonly List<Item> _items = [];
                public void Add(Item item) => _items.Add(item);
                public IEnumerator<Item> GetEnumerator() => _items.GetEnumerator();
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            int Twice(int x) => x * 2;
            var basket = new Basket { new Item("a", 1), new Item("b", 2) };
            var total = 0;
            foreach (var (name, count) in basket) { total += Twice(count) + name.Length; }
            await DelayAsync(1);
            Log($"{total} {Input}");
            return basket.Select(i => i.Name).ToDictionary(n => n, n => n.Length);
            """;
        Assert.Empty(CheckSemantics(source));
    }

    [Fact]
    public void CheckSemantics_ConsoleWhenReferenced_ReportsWriteLine()
    {
        var diagnostic = Assert.Single(CheckSemantics("System.Console.WriteLine(\"hi\");", wholeFramework: true));
        Assert.Contains("System.Console.WriteLine(string)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSemantics_ExpressionTreeWhenReferenced_ReportsForbiddenFeature()
    {
        var diagnostics = CheckSemantics("System.Linq.Expressions.Expression<Func<int>> e = () => 1;", wholeFramework: true);
        Assert.Contains(diagnostics, d => d.Id == SandboxDiagnosticIds.ForbiddenFeature && d.Message.StartsWith("An expression tree", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSemantics_DynamicWhenBinderReferenced_ReportsForbiddenFeature()
    {
        var diagnostics = CheckSemantics("dynamic d = \"x\";\nreturn d.Length;", wholeFramework: true);
        Assert.Contains(diagnostics, d => d.Id == SandboxDiagnosticIds.ForbiddenFeature && d.Message.StartsWith("dynamic", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSemantics_PointerWhenUnsafeIsCompiled_ReportsForbiddenFeature()
    {
        var diagnostics = CheckSemantics("unsafe { int x = 1; int* p = &x; }", allowUnsafe: true);
        Assert.All(diagnostics, d => Assert.Equal(SandboxDiagnosticIds.ForbiddenFeature, d.Id));
        Assert.Contains(diagnostics, d => d.Message.StartsWith("Unsafe code", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSemantics_InferredGenericArgument_ReportsTheArgumentType()
    {
        var diagnostics = CheckSemantics("IEnumerable<object> Files() => null;\nvar infos = Files().OfType<System.IO.FileInfo>().ToList();");
        Assert.Contains(diagnostics, d => d.Line == 2 && d.Message.Contains("'System.IO.FileInfo'", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSemantics_AwaiterNamedExplicitly_IsRefusedThoughAwaitUsesIt()
    {
        Assert.Empty(CheckSemantics("await Task.Delay(1);"));
        Assert.Contains(CheckSemantics("Task.Delay(1).GetAwaiter().GetResult();"), d => d.Message.Contains("'System.Threading.Tasks.Task.GetAwaiter()'", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSemantics_ForbiddenBaseTypeOfScriptClass_ReportsAtTheClass()
    {
        var diagnostics = CheckSemantics("class Leaky : System.IO.MemoryStream { }");
        Assert.Contains(diagnostics, d => d.Line == 1 && d.Message.Contains("System.IO.MemoryStream", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSemantics_ForbiddenAttribute_ReportsTheAttribute()
    {
        var diagnostic = Assert.Single(CheckSemantics("[System.Diagnostics.DebuggerHidden] void Quiet() { }"));
        Assert.Contains("DebuggerHiddenAttribute", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Column);
    }

    [Fact]
    public void CheckSemantics_ForbiddenAttributeFeature_ReportsForbiddenFeature()
    {
        var diagnostic = Assert.Single(CheckSemantics("class C { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() { } }"));
        Assert.Equal(SandboxDiagnosticIds.ForbiddenFeature, diagnostic.Id);
    }

    [Fact]
    public void CheckSemantics_ExtensionMethodOfForbiddenType_NamesTheExtension()
    {
        Assert.Contains(CheckSemantics("var length = \"abc\".AsSpan().Length;"), d => d.Message.Contains("'System.MemoryExtensions.AsSpan(string)'", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSemantics_AliasAndUsingStatic_AreResolvedToTheForbiddenType()
    {
        var diagnostics = CheckSemantics("using F = System.IO.File;\nusing static System.IO.Path;\nvar x = 1;");
        Assert.Contains(diagnostics, d => d.Line == 1 && d.Message.Contains("'System.IO.File'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 2 && d.Message.Contains("'System.IO.Path'", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSemantics_AsyncVoidLambda_ReportsForbiddenFeature()
    {
        var diagnostic = Assert.Single(CheckSemantics("Action fire = async () => await Task.Delay(1);"));
        Assert.Equal(SandboxDiagnosticIds.ForbiddenFeature, diagnostic.Id);
    }

    [Fact]
    public void CheckSemantics_RegexWithAndWithoutTimeout_AllowsBothButNotTheProcessWideCacheSize()
    {
        Assert.Empty(CheckSemantics("System.Text.RegularExpressions.Regex.IsMatch(\"a\", \"a\", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));"));
        Assert.Empty(CheckSemantics("System.Text.RegularExpressions.Regex.IsMatch(\"a\", \"a\");"));
        var diagnostic = Assert.Single(CheckSemantics("System.Text.RegularExpressions.Regex.CacheSize = 1000;"));
        Assert.Contains("Regex.CacheSize", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSemantics_SameApiTwiceOnOneLineAndOnAnother_ReportsOncePerLineInOrder()
    {
        var diagnostics = CheckSemantics("GC.Collect(); GC.Collect();\nvar x = 1;\nGC.Collect();");
        Assert.Equal([1, 3], diagnostics.Select(d => d.Line));
    }

    /// <summary>What tests/TestLibrary offers scripts under the test allowlist: used by these tests and the IL check's.</summary>
    public const string AllowedLibraryUse = """
        using TestLibrary.Messages;
        class Named : TestLibrary.Clients.IClient { public string Name => "n"; public string Secret => "s"; }
        class Sms : Channel { protected override string Prefix => "sms"; public string Line(string text) => Label(text); }
        var sender = new Sender("AC1");
        var message = Message.Parse("+1555: hi");
        var opened = new Sms().Open("hello") + new Sms().Line("again");
        var receipt = await sender.SendAsync(message);
        var page = sender.SendAll([message, new Message("+1666", "yo")]);
        var again = receipt with { Status = "sent" };
        TestLibrary.Clients.IClient client = new Named();
        var described = Sender.Describe(receipt, new Sender.Options { Region = "eu1" });
        return $"{receipt.Id} {page.Count} {page.Items[0].Status} {message.Shout()} {MessageDefaults.MaxBodyLength} {client.Name} {again.Status} {described} {opened}";
        """;

    [Fact]
    public void CheckSemantics_AllowedLibraryTypesAndMembers_ReportsNothing()
    {
        Assert.Empty(CheckSemantics(AllowedLibraryUse, withLibrary: true));
    }

    [Theory]
    [MemberData(nameof(LibraryRefusalCases.Semantic), MemberType = typeof(LibraryRefusalCases))]
    public void CheckSemantics_RefusedLibraryMember_ReportsItWithItsHintOrReasonAtItsLineAndColumn(string source, int line, int column, string message)
    {
        var diagnostics = CheckSemantics(source, withLibrary: true);
        Assert.All(diagnostics, d => Assert.Equal(SandboxDiagnosticIds.ForbiddenApi, d.Id));
        Assert.True(
            diagnostics.Any(d => (d.Line, d.Column, d.Message) == (line, column, message)),
            $"Expected ({line},{column}) {message}\nGot:\n{string.Join("\n", diagnostics)}");
    }

    /// <summary>Calls that break a directive of the test library's section, which only the semantic check can see.</summary>
    public static TheoryData<string, string> LibraryArgumentRefusals => new()
    {
        // required-argument TestLibrary.Clients.IClient: left out, null, default.
        { "sender.SendVia(message);", RequiredClient },
        { "sender.SendVia(message, null);", RequiredClient },
        { "sender.SendVia(message, client: default);", RequiredClient },
        // json-text-arguments: the script's own types, however they get there.
        { "sender.SendData(new Mine(1));", "'TestLibrary.Messages.Sender.SendData(object)' would serialize the function's own 'Mine' by reflection; pass JSON text: Json.Serialize(value)." },
        { "sender.SendData((object)new Mine(1));", "'TestLibrary.Messages.Sender.SendData(object)' would serialize the function's own 'Mine' by reflection; pass JSON text: Json.Serialize(value)." },
        { "sender.SendData(new List<Mine>());", "'TestLibrary.Messages.Sender.SendData(object)' would serialize the function's own 'System.Collections.Generic.List<Mine>' by reflection; pass JSON text: Json.Serialize(value)." },
        { "sender.SendData(new { A = 1 });", "'TestLibrary.Messages.Sender.SendData(object)' would serialize the function's own '<anonymous type: int A>' by reflection; pass JSON text: Json.Serialize(value)." },
        { "sender.SendValue(new Mine(1));", "'TestLibrary.Messages.Sender.SendValue<Mine>(Mine)' would serialize the function's own 'Mine' by reflection; pass JSON text: Json.Serialize(value)." },
        { "var options = new Sender.Options { Tag = new Mine(1) };", "'TestLibrary.Messages.Sender.Options.Tag' would serialize the function's own 'Mine' by reflection; pass JSON text: Json.Serialize(value)." },
    };

    private const string RequiredClient =
        "'TestLibrary.Messages.Sender.SendVia(TestLibrary.Messages.Message, TestLibrary.Clients.IClient)' needs its 'client' argument: "
        + "without one the library uses process-wide state, which functions do not have; pass a client of your own.";

    private const string ArgumentRulePrelude = """
        using TestLibrary.Messages;
        record Mine(int X);
        class Named : TestLibrary.Clients.IClient { public string Name => "n"; public string Secret => "s"; }
        var sender = new Sender("AC1");
        var message = Message.Parse("+1555: hi");

        """;

    [Fact]
    public void CheckSemantics_LibraryCallsKeepingTheDirectives_ReportsNothing()
    {
        const string calls = """
            sender.SendVia(message, new Named());
            sender.SendVia(message, client: new Named());
            sender.SendData("text");
            sender.SendData(42);
            sender.SendData(new List<string> { "a" });
            sender.SendValue("text");
            var options = new Sender.Options { Tag = "tag" };
            options.Tag = 7;
            """;
        Assert.Empty(CheckSemantics(ArgumentRulePrelude + calls, withLibrary: true));
    }

    [Theory]
    [MemberData(nameof(LibraryArgumentRefusals))]
    public void CheckSemantics_LibraryCallBreakingADirective_ReportsItAtTheCall(string call, string message)
    {
        var diagnostics = CheckSemantics(ArgumentRulePrelude + call, withLibrary: true);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((SandboxDiagnosticIds.ForbiddenApi, 6, message), (diagnostic.Id, diagnostic.Line, diagnostic.Message));
    }
}
