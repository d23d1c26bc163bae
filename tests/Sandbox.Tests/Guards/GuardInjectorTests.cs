using Mono.Cecil;
using Mono.Cecil.Cil;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Guards;

/// <summary>Reads a guarded script image back with Cecil and checks every place that must hold a guard does.</summary>
[Collection(ScriptCollection.Name)]
public sealed class GuardInjectorTests
{
    private const string Source = """
        class Shape
        {
            static Shape() { Count = 0; }
            public Shape(int sides) { Sides = sides; }
            public int Sides { get; }
            public static int Count { get; set; }
        }

        IEnumerable<int> Numbers() { for (var i = 0; ; i++) yield return i; }

        async Task<int> LaterAsync(int x)
        {
            await DelayAsync(1);
            try { x++; } catch (InvalidOperationException) when (x > 1) { x--; } catch (ArgumentException) { x -= 2; } finally { x += 2; }
            return x;
        }

        Func<int, int> twice = n => { var t = 0; do { t += n; } while (t < 2 * n); return t; };
        var arrays = new int[3][];
        var total = 0;
        foreach (var n in Numbers().Take(3)) total += twice(new Shape(n).Sides);
        again:
        if (total++ < 10) goto again;
        return total + await LaterAsync(1);
        """;

    private static readonly Lazy<ModuleDefinition> Guarded = new(() => ReadGuarded(Source));

    [Fact]
    public void Inject_EveryMethodWithBody_EntersBeforeItsTryAndExitsInAnOuterFinally()
    {
        foreach (var method in MethodsWithBodies())
        {
            var isStaticConstructor = method.IsConstructor && method.IsStatic;
            var first = method.Body.Instructions[0];
            string[] entries = isStaticConstructor ? [nameof(ScriptGuard.EnterStaticConstructor)] : [nameof(ScriptGuard.Enter), nameof(ScriptGuard.Resume)];
            Assert.True(first.Operand is MethodReference entry && entries.Contains(entry.Name), $"{method.FullName} starts with {first}");
            var outer = method.Body.ExceptionHandlers[^1];
            Assert.Equal(ExceptionHandlerType.Finally, outer.HandlerType);
            Assert.Same(method.Body.Instructions[2], outer.TryStart);
            var exit = isStaticConstructor ? nameof(ScriptGuard.ExitStaticConstructor) : nameof(ScriptGuard.Exit);
            Assert.Contains(GuardCallsIn(outer.HandlerStart, outer.HandlerEnd), name => name == exit);
        }
    }

    [Fact]
    public void Inject_AsyncStateMachineMoveNext_UsesTheEntryThatNeverThrows()
    {
        var moveNexts = MethodsWithBodies().Where(m => m.Name == "MoveNext").ToList();
        Assert.Contains(moveNexts, m => m.Body.Instructions[0].Operand is MethodReference { Name: "Resume" });
        Assert.Contains(moveNexts, m => m.Body.Instructions[0].Operand is MethodReference { Name: "Enter" });
    }

    [Fact]
    public void Inject_EveryBackEdge_IsPrecededByTheBackEdgeGuard()
    {
        var backEdges = 0;
        foreach (var method in MethodsWithBodies())
        {
            foreach (var branch in method.Body.Instructions.Where(i => IsBackward(i)))
            {
                backEdges++;
                Assert.True(
                    branch.Previous.Operand is MethodReference { Name: nameof(ScriptGuard.BackEdge) },
                    $"{method.FullName}: {branch} has no guard before it");
            }
        }

        // for(;;) in the iterator, foreach, do/while in the lambda, goto.
        Assert.True(backEdges >= 4, $"only {backEdges} back-edges found");
    }

    [Fact]
    public void Inject_EveryHandlerExceptTheAsyncBuilderCatch_StartsWithAGuardAndEveryCatchBecomesAFilter()
    {
        var guarded = 0;
        foreach (var method in MethodsWithBodies())
        {
            foreach (var handler in method.Body.ExceptionHandlers.Take(method.Body.ExceptionHandlers.Count - 1))
            {
                var isBuilderCatch = handler.HandlerType == ExceptionHandlerType.Catch
                    && EnumerateRange(handler.HandlerStart, handler.HandlerEnd).Any(i => i.Operand is MethodReference { Name: "SetException" });
                if (isBuilderCatch)
                {
                    continue;
                }

                var where = $"{method.FullName}: {handler.HandlerType} handler at {handler.HandlerStart}";
                switch (handler.HandlerType)
                {
                    case ExceptionHandlerType.Filter:
                        Assert.True(
                            GuardCallsIn(handler.FilterStart, handler.HandlerStart).First() is nameof(ScriptGuard.MayCatch) or nameof(ScriptGuard.EnterFilter),
                            $"{where}: filter starts unguarded");
                        Assert.True(GuardCallsIn(handler.HandlerStart, handler.HandlerEnd).First() == nameof(ScriptGuard.EnterCatch), $"{where} starts unguarded");
                        break;
                    case ExceptionHandlerType.Finally or ExceptionHandlerType.Fault:
                        Assert.True(GuardCallsIn(handler.HandlerStart, handler.HandlerEnd).First() == nameof(ScriptGuard.EnterFinally), $"{where} starts unguarded");
                        break;
                    default:
                        Assert.Fail($"{where} is still a plain catch: it would take the limit's exception");
                        break;
                }

                guarded++;
            }
        }

        Assert.True(guarded >= 4, $"only {guarded} handlers guarded");
    }

    [Fact]
    public void Inject_CatchOfAType_BecomesAFilterTestingThatTypeBeforeAskingTheGuard()
    {
        var filters = MethodsWithBodies()
            .SelectMany(m => m.Body.ExceptionHandlers)
            .Where(h => h.HandlerType == ExceptionHandlerType.Filter && h.FilterStart.OpCode == OpCodes.Isinst)
            .ToList();

        var argumentCatch = Assert.Single(filters, h => ((TypeReference)h.FilterStart.Operand).Name == nameof(ArgumentException));
        Assert.Equal(nameof(ScriptGuard.MayCatch), ((MethodReference)argumentCatch.FilterStart.Next.Next.Operand).Name);
        Assert.Equal(OpCodes.Endfilter, argumentCatch.FilterStart.Next.Next.Next.OpCode);
        Assert.Equal(OpCodes.Castclass, argumentCatch.HandlerStart.OpCode);
    }

    [Fact]
    public void Inject_EveryNewarr_IsPrecededByTheArrayCheck()
    {
        var arrays = MethodsWithBodies().SelectMany(m => m.Body.Instructions).Where(i => i.OpCode == OpCodes.Newarr).ToList();
        Assert.NotEmpty(arrays);
        Assert.All(arrays, a => Assert.True(a.Previous.Operand is MethodReference { Name: nameof(ScriptGuard.BeforeNewArray) }));
    }

    [Fact]
    public void Inject_GuardedImage_KeepsTheScriptsSequencePoints()
    {
        var lines = MethodsWithBodies()
            .SelectMany(m => m.DebugInformation.SequencePoints)
            .Where(p => !p.IsHidden)
            .Select(p => p.StartLine)
            .ToHashSet();

        // The goto's condition (line 23) and the final return (line 24) are still mapped.
        Assert.Contains(23, lines);
        Assert.Contains(24, lines);
    }

    private static ModuleDefinition ReadGuarded(string source)
    {
        var compiled = SandboxFixture.Compiler.CompileAsync(source).GetAwaiter().GetResult();
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
        return ModuleDefinition.ReadModule(
            new MemoryStream(compiled.Script!.AssemblyImage),
            new ReaderParameters { ReadSymbols = true, SymbolReaderProvider = new EmbeddedPortablePdbReaderProvider() });
    }

    private static IEnumerable<MethodDefinition> MethodsWithBodies() =>
        Guarded.Value.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody);

    private static bool IsBackward(Instruction instruction) => instruction.Operand switch
    {
        Instruction target => target.Offset <= instruction.Offset,
        Instruction[] targets => targets.Any(t => t.Offset <= instruction.Offset),
        _ => false,
    };

    private static IEnumerable<string> GuardCallsIn(Instruction start, Instruction? end) =>
        EnumerateRange(start, end)
            .Select(i => i.Operand)
            .OfType<MethodReference>()
            .Where(m => m.DeclaringType.Name == nameof(ScriptGuard))
            .Select(m => m.Name);

    private static IEnumerable<Instruction> EnumerateRange(Instruction start, Instruction? end)
    {
        for (var instruction = start; instruction is not null && instruction != end; instruction = instruction.Next)
        {
            yield return instruction;
        }
    }
}
