using System.Reflection;
using System.Runtime.CompilerServices;

namespace ScriptHost.Sandbox.Tests.Support.IlValidity;

/// <summary>
/// Has the JIT compile every method of a loaded script assembly (without running any), generic ones instantiated
/// over <c>object</c> and over <c>int</c> where their constraints allow. The JIT refuses invalid IL with
/// <see cref="InvalidProgramException"/>; this catches what <see cref="IlBodyChecker"/> does not model (types on the
/// stack, tokens, signatures). Hand-written, with <see cref="IlBodyChecker"/>, because ILVerify is not served here.
/// </summary>
public static class JitCompileCheck
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] Candidates = [typeof(object), typeof(int)];

    /// <summary>Every method the JIT refused, with why; empty when all compiled.</summary>
    public static IReadOnlyList<string> Check(Assembly assembly)
    {
        var problems = new List<string>();
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
            {
                if (method.IsAbstract || method.GetMethodBody() is null)
                {
                    continue;
                }

                var typeArguments = type.IsGenericTypeDefinition ? type.GetGenericArguments() : [];
                var methodArguments = method.IsGenericMethodDefinition ? method.GetGenericArguments() : [];
                foreach (var candidate in Candidates)
                {
                    var instantiation = typeArguments.Concat(methodArguments).Select(_ => candidate.TypeHandle).ToArray();
                    try
                    {
                        if (instantiation.Length == 0)
                        {
                            RuntimeHelpers.PrepareMethod(method.MethodHandle);
                            break;
                        }

                        RuntimeHelpers.PrepareMethod(method.MethodHandle, instantiation);
                    }
                    catch (ArgumentException)
                    {
                        // The constraints refuse this instantiation; the other candidate may fit.
                    }
                    catch (Exception exception) when (exception is InvalidProgramException or BadImageFormatException or TypeLoadException)
                    {
                        problems.Add($"{type.FullName}.{method.Name}: {exception.GetType().Name}: {exception.Message}");
                        break;
                    }
                }
            }
        }

        return problems;
    }
}
