using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// Injects the guards into one method body:
/// <c>frame = Enter(); try { body with guards } finally { Exit(frame); }</c>, with a guard before every back-edge,
/// <c>newarr</c> and <c>localloc</c>, and at the start of every catch, filter, finally and fault handler. Every
/// <c>catch (T)</c> becomes a filter that declines once a limit has tripped, and every finally and fault handler skips
/// its body then, so a limit's exception leaves the script in a single exception dispatch.
/// </summary>
/// <remarks>
/// A guard is inserted "in front of" an instruction by turning that instruction object into the guard's first
/// instruction and re-adding the original after the guard. Everything that pointed at the original — branches,
/// switch tables, handler boundaries, sequence points — then points at the guard, so no path can jump past it.
/// </remarks>
internal sealed class MethodGuardWriter
{
    private const string AsyncStateMachineInterface = "System.Runtime.CompilerServices.IAsyncStateMachine";

    private readonly MethodDefinition _method;
    private readonly MethodBody _body;
    private readonly GuardMethodReferences _guards;
    private readonly VariableDefinition _frame;

    public MethodGuardWriter(MethodDefinition method, GuardMethodReferences guards)
    {
        _method = method;
        _body = method.Body;
        _guards = guards;
        _frame = new VariableDefinition(guards.Object);
    }

    public void Write()
    {
        _body.SimplifyMacros();
        _body.Variables.Add(_frame);
        var isAsyncMoveNext = IsAsyncStateMachineMoveNext(_method);

        // Decided on the original offsets, before any instruction is inserted.
        var originalHandlers = _body.ExceptionHandlers.ToList();
        var backEdges = _body.Instructions.Where(IsBackEdge).ToList();
        var arrays = _body.Instructions.Where(i => i.OpCode == OpCodes.Newarr).ToList();
        var stackAllocs = _body.Instructions.Where(i => i.OpCode == OpCodes.Localloc).ToList();
        var tailCalls = _body.Instructions.Where(i => i.OpCode == OpCodes.Tail).ToList();
        var builderCatch = isAsyncMoveNext ? originalHandlers.FirstOrDefault(h => IsAsyncBuilderCatch(h, originalHandlers)) : null;

        foreach (var branch in backEdges)
        {
            InsertBefore(branch, Instruction.Create(OpCodes.Ldloc, _frame), Instruction.Create(OpCodes.Call, _guards.BackEdge));
        }

        foreach (var array in arrays)
        {
            // Stack: length → length, element size, frame → checked length.
            InsertBefore(
                array,
                Instruction.Create(OpCodes.Sizeof, (TypeReference)array.Operand),
                Instruction.Create(OpCodes.Ldloc, _frame),
                Instruction.Create(OpCodes.Call, _guards.BeforeNewArray));
        }

        foreach (var stackAlloc in stackAllocs)
        {
            InsertBefore(stackAlloc, Instruction.Create(OpCodes.Ldloc, _frame), Instruction.Create(OpCodes.Call, _guards.BeforeStackAlloc));
        }

        // A tail call must be followed by ret, which the try/finally below turns into leave; C# never emits one.
        foreach (var tail in tailCalls)
        {
            tail.OpCode = OpCodes.Nop;
            tail.Operand = null;
        }

        foreach (var handler in originalHandlers)
        {
            GuardHandler(handler, ReferenceEquals(handler, builderCatch));
        }

        var isStaticConstructor = _method.IsConstructor && _method.IsStatic;
        WrapInTryFinally(
            isAsyncMoveNext ? _guards.Resume : isStaticConstructor ? _guards.EnterStaticConstructor : _guards.Enter,
            isStaticConstructor ? _guards.ExitStaticConstructor : _guards.Exit);
        _body.OptimizeMacros();
    }

    private static bool IsAsyncStateMachineMoveNext(MethodDefinition method) =>
        method.Name == "MoveNext"
        && method.DeclaringType.Interfaces.Any(i => i.InterfaceType.FullName == AsyncStateMachineInterface);

    private static bool IsBackEdge(Instruction instruction) => instruction.Operand switch
    {
        Instruction target when instruction.OpCode.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch
            => target.Offset <= instruction.Offset,
        Instruction[] targets => targets.Any(t => t.Offset <= instruction.Offset),
        _ => false,
    };

    /// <summary>
    /// The catch Roslyn wraps around a whole async state machine: it hands the exception to the builder
    /// (<c>SetException</c>) and must not throw itself — an exception escaping <c>MoveNext</c> on a thread-pool thread
    /// ends the process. Every script catch inside an async method is nested within it and keeps its guard.
    /// </summary>
    private static bool IsAsyncBuilderCatch(ExceptionHandler handler, List<ExceptionHandler> handlers)
    {
        if (handler.HandlerType != ExceptionHandlerType.Catch)
        {
            return false;
        }

        var isOutermost = handlers.All(other =>
            other.TryStart.Offset >= handler.TryStart.Offset
            && (other.HandlerEnd?.Offset ?? int.MaxValue) <= (handler.TryEnd?.Offset ?? int.MaxValue)
            || ReferenceEquals(other, handler));
        if (!isOutermost)
        {
            return false;
        }

        for (var instruction = handler.HandlerStart; instruction is not null && instruction != handler.HandlerEnd; instruction = instruction.Next)
        {
            if (instruction.Operand is MethodReference { Name: "SetException" })
            {
                return true;
            }
        }

        return false;
    }

    private void GuardHandler(ExceptionHandler handler, bool isAsyncBuilderCatch)
    {
        switch (handler.HandlerType)
        {
            case ExceptionHandlerType.Catch when !isAsyncBuilderCatch:
                TurnCatchIntoGuardedFilter(handler);
                break;
            case ExceptionHandlerType.Filter:
                GuardFilter(handler);
                GuardCatchBody(handler);
                break;
            case ExceptionHandlerType.Finally or ExceptionHandlerType.Fault:
                GuardFinally(handler);
                break;
        }
    }

    /// <summary>
    /// <c>catch (T) { body }</c> becomes <c>filter { MayCatch(exception as T, frame) } handler { (T)exception; EnterCatch; body }</c>:
    /// the same exceptions match, but none once a limit has tripped. The filter goes in front of the handler, taking
    /// over its start, so the try (and any region that ended there) now ends where the filter starts, as it must.
    /// </summary>
    private void TurnCatchIntoGuardedFilter(ExceptionHandler handler)
    {
        var catchType = handler.CatchType;
        var isObject = catchType.FullName == "System.Object";
        // The handler of a filter receives the exception typed object; the original handler expects a T.
        var handlerStart = isObject ? Instruction.Create(OpCodes.Dup) : Instruction.Create(OpCodes.Castclass, catchType);
        List<Instruction> guard =
        [
            Instruction.Create(OpCodes.Isinst, catchType),
            Instruction.Create(OpCodes.Ldloc, _frame),
            Instruction.Create(OpCodes.Call, _guards.MayCatch),
            Instruction.Create(OpCodes.Endfilter),
            handlerStart,
        ];
        if (!isObject)
        {
            guard.Add(Instruction.Create(OpCodes.Dup));
        }

        guard.Add(Instruction.Create(OpCodes.Ldloc, _frame));
        guard.Add(Instruction.Create(OpCodes.Call, _guards.EnterCatch));

        var filterStart = handler.HandlerStart;
        InsertBefore(filterStart, _ => [.. guard]);
        handler.HandlerType = ExceptionHandlerType.Filter;
        handler.CatchType = null;
        handler.FilterStart = filterStart;
        handler.HandlerStart = handlerStart;
    }

    /// <summary>
    /// A script's own filter first asks <c>EnterFilter</c>; when that says no (a limit has tripped) the filter answers
    /// "no match" through its own <c>endfilter</c> without running the script's condition.
    /// </summary>
    private void GuardFilter(ExceptionHandler handler)
    {
        var endFilter = handler.HandlerStart.Previous;
        if (endFilter?.OpCode != OpCodes.Endfilter)
        {
            throw new InvalidOperationException($"The filter of {_method.FullName} does not end with endfilter.");
        }

        // A filter that throws counts as "no match" too, so the exception (the limit's, typically) goes on up.
        InsertBefore(handler.FilterStart, original =>
        [
            Instruction.Create(OpCodes.Dup),
            Instruction.Create(OpCodes.Ldloc, _frame),
            Instruction.Create(OpCodes.Call, _guards.EnterFilter),
            Instruction.Create(OpCodes.Brtrue, original),
            Instruction.Create(OpCodes.Pop),
            Instruction.Create(OpCodes.Ldc_I4_0),
            Instruction.Create(OpCodes.Br, endFilter),
        ]);
    }

    private void GuardCatchBody(ExceptionHandler handler) =>
        // The caught exception is on the stack: the guard looks at a copy.
        InsertBefore(handler.HandlerStart, _ =>
        [
            Instruction.Create(OpCodes.Dup),
            Instruction.Create(OpCodes.Ldloc, _frame),
            Instruction.Create(OpCodes.Call, _guards.EnterCatch),
        ]);

    /// <summary><c>if (!EnterFinally(frame)) endfinally;</c> in front of the handler's body.</summary>
    private void GuardFinally(ExceptionHandler handler)
    {
        var guardStart = handler.HandlerStart;
        var body = InsertBefore(guardStart, original =>
        [
            Instruction.Create(OpCodes.Ldloc, _frame),
            Instruction.Create(OpCodes.Call, _guards.EnterFinally),
            Instruction.Create(OpCodes.Brtrue, original),
            Instruction.Create(OpCodes.Endfinally),
        ]);

        // A try nested in the handler may start at its first instruction; it starts at the body still, so the guard's
        // endfinally stays outside it, directly in the handler.
        foreach (var nested in _body.ExceptionHandlers)
        {
            if (ReferenceEquals(nested.TryStart, guardStart) && !ReferenceEquals(nested, handler))
            {
                nested.TryStart = body;
            }
        }
    }

    /// <summary>
    /// <c>frame = entry(); try { body } finally { Exit(frame); } return result;</c> — every <c>ret</c> becomes a store
    /// of the result and a <c>leave</c> to one shared return after the finally. The entry guard runs before the try,
    /// so a refused entry is not uncounted.
    /// </summary>
    private void WrapInTryFinally(MethodReference entry, MethodReference exit)
    {
        var instructions = _body.Instructions;
        var il = _body.GetILProcessor();
        var firstOriginal = instructions[0];
        var returnsValue = WithoutModifiers(_method.ReturnType).MetadataType != MetadataType.Void;
        var result = returnsValue ? new VariableDefinition(_method.ReturnType) : null;
        if (result is not null)
        {
            _body.Variables.Add(result);
        }

        var finallyStart = Instruction.Create(OpCodes.Ldloc, _frame);
        var end = result is null ? Instruction.Create(OpCodes.Ret) : Instruction.Create(OpCodes.Ldloc, result);

        foreach (var ret in instructions.Where(i => i.OpCode == OpCodes.Ret).ToList())
        {
            if (result is null)
            {
                ret.OpCode = OpCodes.Leave;
                ret.Operand = end;
            }
            else
            {
                ret.OpCode = OpCodes.Stloc;
                ret.Operand = result;
                il.InsertAfter(ret, Instruction.Create(OpCodes.Leave, end));
            }
        }

        il.InsertBefore(firstOriginal, Instruction.Create(OpCodes.Call, entry));
        il.InsertBefore(firstOriginal, Instruction.Create(OpCodes.Stloc, _frame));

        // A region that runs to the end of the body (a method that never returns can end inside a handler) has no end
        // instruction; it must end where the appended finally starts, not swallow it.
        foreach (var handler in _body.ExceptionHandlers)
        {
            handler.TryEnd ??= finallyStart;
            handler.HandlerEnd ??= finallyStart;
        }

        il.Append(finallyStart);
        il.Append(Instruction.Create(OpCodes.Call, exit));
        il.Append(Instruction.Create(OpCodes.Endfinally));
        il.Append(end);
        if (result is not null)
        {
            il.Append(Instruction.Create(OpCodes.Ret));
        }

        // Added last, so it is the outermost region: handlers must be listed inner first.
        _body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Finally)
        {
            TryStart = firstOriginal,
            TryEnd = finallyStart,
            HandlerStart = finallyStart,
            HandlerEnd = end,
        });
    }

    /// <summary>
    /// Places the guard <paramref name="guardFor"/> builds in front of <paramref name="target"/>, taking over every
    /// reference to it; the guard may branch to the original instruction it is given. Returns that instruction.
    /// </summary>
    private Instruction InsertBefore(Instruction target, Func<Instruction, Instruction[]> guardFor)
    {
        var original = Instruction.Create(OpCodes.Nop);
        original.OpCode = target.OpCode;
        original.Operand = target.Operand;
        var guard = guardFor(original);

        target.OpCode = guard[0].OpCode;
        target.Operand = guard[0].Operand;

        var il = _body.GetILProcessor();
        var previous = target;
        foreach (var next in guard.Skip(1).Append(original))
        {
            il.InsertAfter(previous, next);
            previous = next;
        }

        return original;
    }

    private void InsertBefore(Instruction target, params Instruction[] guard) => InsertBefore(target, _ => guard);

    /// <summary>
    /// The type under any custom modifiers: an init-only setter returns <c>void modreq(IsExternalInit)</c>, which is
    /// still void and must not get a result local.
    /// </summary>
    private static TypeReference WithoutModifiers(TypeReference type)
    {
        while (type is IModifierType modified)
        {
            type = modified.ElementType;
        }

        return type;
    }
}
