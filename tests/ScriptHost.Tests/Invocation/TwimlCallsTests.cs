using System.Reflection;
using System.Reflection.Emit;
using System.Xml.Linq;
using ScriptHost.Execution.Rendering;
using ScriptHost.Functions.Output;
using ScriptHost.Sandbox.Guards.SizedCalls;
using Twilio.TwiML;

namespace ScriptHost.Tests.Invocation;

/// <summary>
/// The wrapper the guard injector calls in place of the library's <c>ToString</c>: it names exactly the member scripts
/// call, and it renders within the invocation's output budget.
/// </summary>
public sealed class TwimlCallsTests
{
    [Fact]
    public void Replaces_OnTheWrapper_NamesExactlyOneLibraryMemberOfTheSameShape()
    {
        // SizedCallTable's rule, in short: one member of that name, whose (instance, parameters) → result is the wrapper's.
        var wrapper = typeof(TwimlCalls).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Single(method => method.GetCustomAttribute<ReplacesAttribute>() is not null);
        var replaces = wrapper.GetCustomAttribute<ReplacesAttribute>()!;

        var target = Assert.Single(replaces.DeclaringType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly), method => method.Name == replaces.Name);

        Assert.False(target.IsStatic);
        Assert.Equal([typeof(TwiML), .. target.GetParameters().Select(p => p.ParameterType)], wrapper.GetParameters().Select(p => p.ParameterType));
        Assert.Equal(target.ReturnType, wrapper.ReturnType);
    }

    [Fact]
    public void ToString_WithoutArguments_CompilesToTheReplacedMember()
    {
        // The optional parameter makes the C# compiler pick TwiML.ToString(SaveOptions) over object.ToString(), so
        // the one wrapper catches twiml.ToString() too.
        var called = CalledMethods(typeof(TwimlCallsTests).GetMethod(nameof(RenderTheWayScriptsDo), BindingFlags.NonPublic | BindingFlags.Static)!);

        var toString = Assert.Single(called, method => method.Name == nameof(ToString));
        Assert.Equal(typeof(TwiML), toString.DeclaringType);
        Assert.Equal([typeof(SaveOptions)], toString.GetParameters().Select(p => p.ParameterType));
    }

    [Fact]
    public void ToString_InAnInvocation_StopsAtItsOutputLimit()
    {
        var level = new MessagingResponse().Message("hello");
        for (var index = 0; index < 40; index++)
        {
            level = (MessagingResponse)new MessagingResponse().Append(level).Append(level);
        }

        OutputBudget.Use(new FixedOutputBudget(1024 * 1024));
        try
        {
            Assert.Throws<OutputLimitException>(() => TwimlCalls.ToString(level, SaveOptions.None));
        }
        finally
        {
            OutputBudget.Use(null);
        }
    }

    [Fact]
    public void ToString_WithinTheLimit_IsTheLibrarysText()
    {
        var reply = new MessagingResponse().Message("hi");
        OutputBudget.Use(new FixedOutputBudget(1024));
        try
        {
            Assert.Equal(reply.ToString(), TwimlCalls.ToString(reply, SaveOptions.None));
        }
        finally
        {
            OutputBudget.Use(null);
        }
    }

    private static string RenderTheWayScriptsDo(MessagingResponse reply) => reply.ToString();

    /// <summary>The methods <paramref name="method"/>'s IL calls (<c>call</c>/<c>callvirt</c>), read from its body.</summary>
    private static List<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var called = new List<MethodBase>();
        for (var offset = 0; offset < il.Length; offset++)
        {
            if ((il[offset] == OpCodes.Call.Value || il[offset] == OpCodes.Callvirt.Value) && offset + 4 < il.Length)
            {
                called.Add(method.Module.ResolveMethod(BitConverter.ToInt32(il, offset + 1))!);
                offset += 4;
            }
        }

        return called;
    }

    /// <summary>An output budget of fixed size, as the invocation's budget looks to the function API.</summary>
    private sealed class FixedOutputBudget(long maxOutputBytes) : IOutputBudget
    {
        public void EnsureOutputFits(long bytes)
        {
            if (bytes > maxOutputBytes)
            {
                throw new OutputLimitException();
            }
        }

        public void EnsureMemoryFits(long bytes)
        {
        }
    }

    private sealed class OutputLimitException : Exception
    {
    }
}
