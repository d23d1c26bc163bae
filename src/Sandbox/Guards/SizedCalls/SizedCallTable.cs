using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// The one list of framework (and library) members that script IL reaches only through a size- or time-checking
/// wrapper: every <see cref="ReplacesAttribute"/> on the wrapper classes below, and on the host's own
/// (<see cref="SandboxOptions.CallWrappers"/>), resolved to the member it names. The guard injector redirects calls by
/// it; the IL policy allows the wrapper classes and refuses any reference to a replaced member that is left over (a
/// base-constructor call, an instance method group), which could not be checked.
/// </summary>
internal sealed partial class SizedCallTable
{
    /// <summary>The classes whose <see cref="ReplacesAttribute"/> methods make up the table.</summary>
    public static readonly IReadOnlyList<Type> WrapperTypes =
    [
        typeof(StringCalls),
        typeof(StringBuilderCalls),
        typeof(InterpolationCalls),
        typeof(CollectionCalls),
        typeof(EnumerableCalls),
        typeof(RegexCalls),
        typeof(TaskCalls),
    ];

    private static readonly Lazy<SizedCallTable> Shared = new(() => Build(WrapperTypes));

    private readonly FrozenDictionary<string, SizedCall> _byTargetId;

    private readonly FrozenSet<(string Assembly, string Name)> _wrapperTypes;

    private SizedCallTable(IReadOnlyList<Type> wrapperTypes, IReadOnlyList<SizedCall> calls, IReadOnlyList<string> errors)
    {
        Calls = calls;
        Errors = errors;
        _byTargetId = calls.ToFrozenDictionary(c => c.TargetId, StringComparer.Ordinal);
        _wrapperTypes = wrapperTypes.Select(t => (t.Assembly.GetName().Name!, t.FullName!)).ToFrozenSet();
        WrapperAssemblies = _wrapperTypes.Select(t => t.Assembly).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The table of this build, resolved once per process; throws if any entry is unsound.</summary>
    public static SizedCallTable Instance => Sound(Shared.Value);

    public IReadOnlyList<SizedCall> Calls { get; }

    /// <summary>Wrappers whose member could not be matched exactly once; empty when the table is sound.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Simple names of the assemblies that hold wrapper classes, which injected IL may reference.</summary>
    public FrozenSet<string> WrapperAssemblies { get; }

    /// <summary>
    /// This build's table with the host's <paramref name="callWrappers"/> added (the same table when there are none);
    /// throws if any entry is unsound.
    /// </summary>
    public static SizedCallTable With(IReadOnlyCollection<Type> callWrappers)
    {
        ArgumentNullException.ThrowIfNull(callWrappers);
        return callWrappers.Count == 0 ? Instance : Sound(Build([.. WrapperTypes.Concat(callWrappers).Distinct()]));
    }

    /// <summary>Whether <paramref name="fullName"/> of <paramref name="assembly"/> is one of the wrapper classes.</summary>
    public bool IsWrapperType(string fullName, string assembly) => _wrapperTypes.Contains((assembly, fullName));

    public bool TryGet(string targetId, out SizedCall call) => _byTargetId.TryGetValue(targetId, out call!);

    public bool IsReplaced(string targetId) => _byTargetId.ContainsKey(targetId);

    internal static SizedCallTable Build(IReadOnlyList<Type> wrapperTypes)
    {
        var calls = new List<SizedCall>();
        var errors = new List<string>();
        foreach (var wrapper in wrapperTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        {
            if (wrapper.GetCustomAttribute<ReplacesAttribute>() is not { } replaces)
            {
                continue;
            }

            var matches = Candidates(replaces).Where(c => Shape(c) == WrapperShape(wrapper, replaces.DeclaringType)).ToList();
            if (matches.Count != 1)
            {
                errors.Add($"{wrapper.DeclaringType!.Name}.{wrapper.Name} {WrapperShape(wrapper, replaces.DeclaringType)}: "
                    + $"matches {matches.Count} members named {replaces.DeclaringType.Name}.{replaces.Name}");
                continue;
            }

            calls.Add(new SizedCall(MemberIds.Of(matches[0]), matches[0], wrapper));
        }

        foreach (var duplicate in calls.GroupBy(c => c.TargetId).Where(g => g.Count() > 1))
        {
            errors.Add($"{duplicate.Key} is replaced by more than one wrapper");
        }

        return new SizedCallTable(wrapperTypes, calls.DistinctBy(c => c.TargetId).ToList(), errors);
    }

    private static SizedCallTable Sound(SizedCallTable table) =>
        table.Errors.Count == 0
            ? table
            : throw new InvalidOperationException("Unsound sized-call table:\n" + string.Join("\n", table.Errors));

    private static IEnumerable<MethodBase> Candidates(ReplacesAttribute replaces)
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return replaces.Name == ReplacesAttribute.Constructor
            ? replaces.DeclaringType.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            : replaces.DeclaringType.GetMethods(Members).Where(m => m.Name == replaces.Name);
    }

    /// <summary>The stack shape of a framework member: <c>(instance, parameters) → result</c>, generic parameters by position.</summary>
    private static string Shape(MethodBase member)
    {
        var declaring = member.DeclaringType!;
        var parameters = member.GetParameters().Select(p => p.ParameterType).ToList();
        var result = member is MethodInfo method ? method.ReturnType : declaring;
        if (!member.IsStatic && member is MethodInfo)
        {
            parameters.Insert(0, declaring.IsValueType ? declaring.MakeByRefType() : declaring);
        }

        var typeArity = declaring.IsGenericTypeDefinition ? declaring.GetGenericArguments().Length : 0;
        var methodArity = member.IsGenericMethod ? member.GetGenericArguments().Length : 0;
        return $"<{typeArity},{methodArity}>({string.Join(",", parameters.Select(TypeSpelling))})→{TypeSpelling(result)}";
    }

    /// <summary>The wrapper's shape, its generic parameters split into the declaring type's and the member's own.</summary>
    private static string WrapperShape(MethodInfo wrapper, Type declaring)
    {
        var typeArity = declaring.IsGenericTypeDefinition ? declaring.GetGenericArguments().Length : 0;
        var methodArity = wrapper.IsGenericMethod ? wrapper.GetGenericArguments().Length - typeArity : 0;
        var parameters = string.Join(",", wrapper.GetParameters().Select(p => Retarget(TypeSpelling(p.ParameterType), typeArity)));
        return $"<{typeArity},{methodArity}>({parameters})→{Retarget(TypeSpelling(wrapper.ReturnType), typeArity)}";
    }

    private static string TypeSpelling(Type type) => MemberIds.TypeName(type);

    /// <summary>The wrapper's method generic parameter i is the declaring type's i (below the type's arity), else the member's.</summary>
    private static string Retarget(string spelling, int typeArity) =>
        MethodParameter().Replace(spelling, m =>
        {
            var index = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            return index < typeArity ? "`" + index : "``" + (index - typeArity);
        });

    [GeneratedRegex("``([0-9]+)")]
    private static partial Regex MethodParameter();
}

/// <summary>One replaced framework member and the wrapper script IL calls instead.</summary>
internal sealed record SizedCall(string TargetId, MethodBase Target, MethodInfo Wrapper);
