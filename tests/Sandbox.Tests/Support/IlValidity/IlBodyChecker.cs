using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Collections.Generic;

namespace ScriptHost.Sandbox.Tests.Support.IlValidity;

/// <summary>
/// Structural checks of one method body, the ones ECMA-335 (partition I §12.4.2, partition III) makes of exception
/// regions and control flow: regions well formed, nested and listed inner first; no branch into a handler, a filter
/// or the middle of a try; <c>leave</c> the only way out of a try or catch, never out of a finally or filter; no fall
/// through into or out of a region or off the end of the body; handler-only opcodes only in their handlers; and one
/// stack depth at every instruction, empty where a try starts.
/// </summary>
/// <remarks>
/// Hand-written because ILVerify (Microsoft.ILVerification) is not served by this machine's package feed (NU1101);
/// together with <see cref="JitCompileCheck"/> it stands in for it.
/// </remarks>
public static class IlBodyChecker
{
    /// <summary>Every problem found in <paramref name="method"/>'s body, as readable sentences; empty when it is valid.</summary>
    public static IReadOnlyList<string> Check(MethodDefinition method)
    {
        var problems = new List<string>();
        var body = method.Body;
        var instructions = body.Instructions;
        if (instructions.Count == 0)
        {
            return ["the body is empty"];
        }

        var index = new Dictionary<Instruction, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < instructions.Count; i++)
        {
            index[instructions[i]] = i;
        }

        int At(Instruction? instruction) => instruction is null ? instructions.Count : index.TryGetValue(instruction, out var at) ? at : -1;

        var blocks = Blocks(body, At, problems);
        if (problems.Count > 0)
        {
            return problems;
        }

        CheckNesting(blocks, body, problems);
        var enclosing = new List<Block>[instructions.Count];
        for (var i = 0; i < instructions.Count; i++)
        {
            enclosing[i] = [.. blocks.Where(b => b.Start <= i && i < b.End)];
        }

        CheckControlFlow(instructions, At, enclosing, problems);
        CheckStackDepths(method, instructions, At, blocks, problems);
        return problems;
    }

    private enum BlockKind
    {
        Try,
        Filter,
        Catch,
        Finally,
        Fault,
    }

    /// <summary>One region of instructions [Start, End): a try, a filter, or a handler.</summary>
    private sealed record Block(BlockKind Kind, int Start, int End, int HandlerIndex)
    {
        public bool IsHandler => Kind is not BlockKind.Try;

        public bool Contains(Block other) => Start <= other.Start && other.End <= End;

        public bool Overlaps(Block other) => Start < other.End && other.Start < End;

        public override string ToString() => $"{Kind}[{Start},{End})";
    }

    private static List<Block> Blocks(MethodBody body, Func<Instruction?, int> at, List<string> problems)
    {
        var blocks = new List<Block>();
        for (var h = 0; h < body.ExceptionHandlers.Count; h++)
        {
            var handler = body.ExceptionHandlers[h];
            var tryStart = at(handler.TryStart);
            var tryEnd = at(handler.TryEnd);
            var handlerStart = at(handler.HandlerStart);
            var handlerEnd = at(handler.HandlerEnd);
            if (tryStart < 0 || tryEnd < 0 || handlerStart < 0 || handlerEnd < 0)
            {
                problems.Add($"handler {h} points at an instruction that is not in the body");
                continue;
            }

            if (!(tryStart < tryEnd && tryEnd <= handlerStart && handlerStart < handlerEnd))
            {
                problems.Add($"handler {h}: try [{tryStart},{tryEnd}) and handler [{handlerStart},{handlerEnd}) are not in order");
            }

            blocks.Add(new Block(BlockKind.Try, tryStart, tryEnd, h));
            switch (handler.HandlerType)
            {
                case ExceptionHandlerType.Filter:
                    var filterStart = at(handler.FilterStart);
                    if (filterStart < tryEnd || filterStart >= handlerStart)
                    {
                        problems.Add($"handler {h}: its filter [{filterStart},{handlerStart}) does not lie between its try and its handler");
                    }

                    blocks.Add(new Block(BlockKind.Filter, filterStart, handlerStart, h));
                    blocks.Add(new Block(BlockKind.Catch, handlerStart, handlerEnd, h));
                    break;
                case ExceptionHandlerType.Catch:
                    if (handler.CatchType is null)
                    {
                        problems.Add($"handler {h}: a catch without a type");
                    }

                    blocks.Add(new Block(BlockKind.Catch, handlerStart, handlerEnd, h));
                    break;
                case ExceptionHandlerType.Finally:
                    blocks.Add(new Block(BlockKind.Finally, handlerStart, handlerEnd, h));
                    break;
                default:
                    blocks.Add(new Block(BlockKind.Fault, handlerStart, handlerEnd, h));
                    break;
            }
        }

        return blocks;
    }

    private static void CheckNesting(List<Block> blocks, MethodBody body, List<string> problems)
    {
        foreach (var a in blocks)
        {
            foreach (var b in blocks)
            {
                if (ReferenceEquals(a, b) || !a.Overlaps(b))
                {
                    continue;
                }

                var sameTry = a.Kind == BlockKind.Try && b.Kind == BlockKind.Try && a.Start == b.Start && a.End == b.End;
                if (!sameTry && !a.Contains(b) && !b.Contains(a))
                {
                    problems.Add($"{a} of handler {a.HandlerIndex} and {b} of handler {b.HandlerIndex} overlap without nesting");
                }

                // A region strictly inside another handler's try or handler must be listed before it (inner first).
                if (!sameTry && a.Contains(b) && !(a.Start == b.Start && a.End == b.End) && b.HandlerIndex > a.HandlerIndex
                    && a.HandlerIndex != b.HandlerIndex)
                {
                    problems.Add($"handler {b.HandlerIndex} is nested in handler {a.HandlerIndex} but listed after it");
                }
            }
        }

        // Handlers of one try (mutually protecting) are listed together, in the order their blocks follow each other.
        for (var h = 1; h < body.ExceptionHandlers.Count; h++)
        {
            var previous = body.ExceptionHandlers[h - 1];
            var current = body.ExceptionHandlers[h];
            if (previous.TryStart == current.TryStart && previous.TryEnd == current.TryEnd
                && !ReferenceEquals(previous.HandlerEnd, current.HandlerType == ExceptionHandlerType.Filter ? current.FilterStart : current.HandlerStart))
            {
                problems.Add($"handlers {h - 1} and {h} protect the same try but are not adjacent");
            }
        }
    }

    private static void CheckControlFlow(Collection<Instruction> instructions, Func<Instruction?, int> at, List<Block>[] enclosing, List<string> problems)
    {
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            var code = instruction.OpCode.Code;
            var inHandler = enclosing[i].Where(b => b.IsHandler).ToList();

            switch (code)
            {
                case Code.Ret when enclosing[i].Count > 0:
                    problems.Add($"IL_{i}: ret inside {enclosing[i][0]}");
                    break;
                case Code.Endfinally when !inHandler.Any(b => b.Kind is BlockKind.Finally or BlockKind.Fault):
                    problems.Add($"IL_{i}: endfinally outside a finally or fault handler");
                    break;
                case Code.Endfilter when !inHandler.Any(b => b.Kind == BlockKind.Filter && b.End == i + 1):
                    problems.Add($"IL_{i}: endfilter that is not the last instruction of a filter");
                    break;
                case Code.Rethrow when !inHandler.Any(b => b.Kind == BlockKind.Catch):
                    problems.Add($"IL_{i}: rethrow outside a catch handler");
                    break;
            }

            foreach (var target in Targets(instruction))
            {
                var to = at(target);
                if (to < 0)
                {
                    problems.Add($"IL_{i}: {code} to an instruction that is not in the body");
                    continue;
                }

                CheckTransfer(i, to, code, enclosing, problems);
            }

            if (FallsThrough(instruction))
            {
                if (i + 1 == instructions.Count)
                {
                    problems.Add($"IL_{i}: {code} falls off the end of the body");
                }
                else
                {
                    CheckTransfer(i, i + 1, Code.Nop, enclosing, problems);
                }
            }
        }
    }

    /// <summary>From <paramref name="from"/> to <paramref name="to"/>: may enter a try only at its start, enter no handler or filter, and exit only a try or catch, by leave.</summary>
    private static void CheckTransfer(int from, int to, Code code, List<Block>[] enclosing, List<string> problems)
    {
        foreach (var entered in enclosing[to].Except(enclosing[from]))
        {
            if (entered.Kind != BlockKind.Try || entered.Start != to)
            {
                problems.Add($"IL_{from}: {Describe(code)} to IL_{to} enters {entered} other than at a try's start");
            }
        }

        foreach (var exited in enclosing[from].Except(enclosing[to]))
        {
            var isLeave = code is Code.Leave or Code.Leave_S;
            if (!isLeave || exited.Kind is not (BlockKind.Try or BlockKind.Catch))
            {
                problems.Add($"IL_{from}: {Describe(code)} to IL_{to} leaves {exited}");
            }
        }
    }

    private static string Describe(Code code) => code == Code.Nop ? "falling through" : code.ToString().ToLowerInvariant();

    private static IEnumerable<Instruction> Targets(Instruction instruction) => instruction.Operand switch
    {
        Instruction target when instruction.OpCode.OperandType is OperandType.InlineBrTarget or OperandType.ShortInlineBrTarget => [target],
        Instruction[] targets => targets,
        _ => [],
    };

    private static bool FallsThrough(Instruction instruction) => instruction.OpCode.FlowControl switch
    {
        FlowControl.Branch or FlowControl.Return or FlowControl.Throw => false,
        _ => instruction.OpCode.Code is not (Code.Endfinally or Code.Endfilter or Code.Jmp),
    };

    /// <summary>One stack depth per instruction, reached however; zero where a try starts; enough to pop at every instruction.</summary>
    private static void CheckStackDepths(
        MethodDefinition method, Collection<Instruction> instructions, Func<Instruction?, int> at, List<Block> blocks, List<string> problems)
    {
        var depths = new int?[instructions.Count];
        var pending = new Stack<int>();

        void Reach(int target, int depth, int from)
        {
            if (depths[target] is { } known)
            {
                if (known != depth)
                {
                    problems.Add($"IL_{target}: reached with stack depth {known} and {depth} (from IL_{from})");
                }

                return;
            }

            depths[target] = depth;
            pending.Push(target);
        }

        Reach(0, 0, -1);
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Filter or BlockKind.Catch:
                    Reach(block.Start, 1, -1);
                    break;
                case BlockKind.Finally or BlockKind.Fault:
                    Reach(block.Start, 0, -1);
                    break;
            }
        }

        var tryStarts = blocks.Where(b => b.Kind == BlockKind.Try).Select(b => b.Start).ToHashSet();
        while (pending.TryPop(out var i))
        {
            var instruction = instructions[i];
            var depth = depths[i]!.Value;
            if (tryStarts.Contains(i) && depth != 0)
            {
                problems.Add($"IL_{i}: a try starts with {depth} values on the stack");
            }

            var (pops, pushes) = StackEffect(method, instruction);
            if (pops < 0)
            {
                // leave and endfinally empty the stack.
                pops = depth;
            }

            if (depth < pops)
            {
                problems.Add($"IL_{i}: {instruction.OpCode.Code} pops {pops} from a stack of {depth}");
                continue;
            }

            var after = depth - pops + pushes;
            switch (instruction.OpCode.Code)
            {
                case Code.Ret when after != 0:
                    problems.Add($"IL_{i}: ret leaves {after} values on the stack");
                    break;
                case Code.Endfilter when depth != 1:
                    problems.Add($"IL_{i}: endfilter with {depth} values on the stack");
                    break;
            }

            foreach (var target in Targets(instruction))
            {
                var to = at(target);
                if (to >= 0)
                {
                    Reach(to, after, i);
                }
            }

            if (FallsThrough(instruction) && i + 1 < instructions.Count)
            {
                Reach(i + 1, after, i);
            }
        }
    }

    /// <summary>Values popped and pushed; pops is -1 for the instructions that empty the stack.</summary>
    private static (int Pops, int Pushes) StackEffect(MethodDefinition method, Instruction instruction)
    {
        var opCode = instruction.OpCode;
        switch (opCode.Code)
        {
            case Code.Leave or Code.Leave_S or Code.Endfinally:
                return (-1, 0);
            case Code.Ret:
                return (IsVoid(method.ReturnType) ? 0 : 1, 0);
            case Code.Call or Code.Callvirt or Code.Newobj:
                {
                    var callee = (MethodReference)instruction.Operand;
                    var isNew = opCode.Code == Code.Newobj;
                    var pops = callee.Parameters.Count + (callee.HasThis && !isNew ? 1 : 0);
                    var pushes = isNew || !IsVoid(callee.ReturnType) ? 1 : 0;
                    return (pops, pushes);
                }

            case Code.Calli:
                {
                    var site = (CallSite)instruction.Operand;
                    return (site.Parameters.Count + (site.HasThis ? 1 : 0) + 1, IsVoid(site.ReturnType) ? 0 : 1);
                }
        }

        var popped = opCode.StackBehaviourPop switch
        {
            StackBehaviour.Pop0 => 0,
            StackBehaviour.Pop1 or StackBehaviour.Popi or StackBehaviour.Popref => 1,
            StackBehaviour.Pop1_pop1 or StackBehaviour.Popi_pop1 or StackBehaviour.Popi_popi or StackBehaviour.Popi_popi8
                or StackBehaviour.Popi_popr4 or StackBehaviour.Popi_popr8 or StackBehaviour.Popref_pop1 or StackBehaviour.Popref_popi => 2,
            StackBehaviour.Popi_popi_popi or StackBehaviour.Popref_popi_popi or StackBehaviour.Popref_popi_popi8
                or StackBehaviour.Popref_popi_popr4 or StackBehaviour.Popref_popi_popr8 or StackBehaviour.Popref_popi_popref => 3,
            StackBehaviour.PopAll => -1,
            _ => throw new NotSupportedException($"pop behaviour {opCode.StackBehaviourPop} of {opCode.Code}"),
        };
        var pushed = opCode.StackBehaviourPush switch
        {
            StackBehaviour.Push0 => 0,
            StackBehaviour.Push1 or StackBehaviour.Pushi or StackBehaviour.Pushi8 or StackBehaviour.Pushr4 or StackBehaviour.Pushr8
                or StackBehaviour.Pushref => 1,
            StackBehaviour.Push1_push1 => 2,
            _ => throw new NotSupportedException($"push behaviour {opCode.StackBehaviourPush} of {opCode.Code}"),
        };
        return (popped, pushed);
    }

    private static bool IsVoid(TypeReference type)
    {
        while (type is IModifierType modified)
        {
            type = modified.ElementType;
        }

        return type.MetadataType == MetadataType.Void;
    }
}
