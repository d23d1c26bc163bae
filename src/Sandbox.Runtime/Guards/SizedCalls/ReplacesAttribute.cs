namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// Declares that the static method it marks stands in for a framework member in script IL. The wrapper has the
/// member's exact stack shape: the member's parameters, preceded by the instance for an instance member (by
/// reference for a value type), the declaring type's generic parameters and then the member's own as the wrapper's
/// generic parameters, and the member's return type (the constructed object for a constructor).
/// </summary>
/// <remarks>
/// The member is found by <paramref name="name"/> on <paramref name="declaringType"/> and the wrapper's signature;
/// <c>SizedCallTable</c> (in the compile half) fails at start-up (and its test fails) when it matches no member or more than one.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ReplacesAttribute(Type declaringType, string name) : Attribute
{
    /// <summary>The name that stands for a constructor.</summary>
    public const string Constructor = ".ctor";

    /// <summary>The type that declares the replaced member (an open generic type for a generic one).</summary>
    public Type DeclaringType { get; } = declaringType;

    /// <summary>The replaced member's metadata name (<see cref="Constructor"/>, <c>set_Capacity</c>, ...).</summary>
    public string Name { get; } = name;
}
