using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// Points calls of framework methods that must obey the invocation's limits at the <see cref="ScriptGuard"/> method of
/// the same name and signature: today every <c>Task.Delay</c> overload, called or turned into a delegate. The
/// replacement takes the same arguments and leaves the same value, so nothing around the call changes.
/// </summary>
internal static class FrameworkCallRedirects
{
    private const string TaskTypeName = "System.Threading.Tasks.Task";
    private const string DelayName = "Delay";

    /// <summary>The overloads <see cref="ScriptGuard"/> mirrors, by parameter types; others are not redirected.</summary>
    private static readonly string[][] DelayOverloads =
    [
        ["System.Int32"],
        ["System.TimeSpan"],
        ["System.Int32", "System.Threading.CancellationToken"],
        ["System.TimeSpan", "System.Threading.CancellationToken"],
    ];

    public static void Apply(MethodBody body, GuardMethodReferences guards)
    {
        foreach (var instruction in body.Instructions)
        {
            if (instruction.OpCode.Code is Code.Call or Code.Ldftn
                && instruction.Operand is MethodReference { Name: DelayName, HasThis: false } target
                && target.DeclaringType.FullName == TaskTypeName
                && DelayOverloads.Any(o => o.SequenceEqual(target.Parameters.Select(p => p.ParameterType.FullName))))
            {
                instruction.Operand = Redirect(target, guards.GuardType);
            }
        }
    }

    // Built from the original's own return and parameter types, which the script already references: the guard's
    // Delay overloads mirror Task.Delay's exactly, so the runtime binds the reference by that signature.
    private static MethodReference Redirect(MethodReference original, TypeReference guardType)
    {
        var redirected = new MethodReference(original.Name, original.ReturnType, guardType) { HasThis = false };
        foreach (var parameter in original.Parameters)
        {
            redirected.Parameters.Add(new ParameterDefinition(parameter.ParameterType));
        }

        return redirected;
    }
}
