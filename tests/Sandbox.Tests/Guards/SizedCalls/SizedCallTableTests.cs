using System.Reflection;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards.SizedCalls;
using ScriptHost.Sandbox.Policy;

namespace ScriptHost.Sandbox.Tests.Guards.SizedCalls;

public sealed class SizedCallTableTests
{
    /// <summary>
    /// Allowed members that size their result by a count, width or capacity argument, or that combine strings, but
    /// were audited and need no wrapper: why, in a word. Everything else of that kind must be in the table.
    /// </summary>
    private static readonly Dictionary<string, string> Audited = new(StringComparer.Ordinal)
    {
        ["M:System.Linq.Enumerable.Take``1("] = "returns at most its source",
        ["M:System.Linq.Enumerable.TakeLast``1("] = "returns at most its source",
        ["M:System.Linq.Enumerable.Skip``1("] = "returns at most its source",
        ["M:System.Linq.Enumerable.SkipLast``1("] = "returns at most its source",
        ["M:System.Linq.Enumerable.Chunk``1("] = "its buffer grows with the elements it has, not with the size",
        ["M:System.String.Split("] = "pieces of the string, at most as many as the count",
        ["M:System.Text.RegularExpressions.Regex.Split("] = "pieces of the input",
        ["M:System.Collections.Generic.Dictionary`2.TrimExcess("] = "never grows",
        ["M:System.Collections.Generic.HashSet`1.TrimExcess("] = "never grows",
        ["M:System.String.Create``1("] = "unreachable: SpanAction is not allowed",
        ["M:System.String.Format(System.IFormatProvider,System.Text.CompositeFormat"] = "unreachable: CompositeFormat is not allowed",
        ["M:System.String.Format``"] = "unreachable: CompositeFormat is not allowed",
        ["M:System.Text.StringBuilder.AppendFormat(System.IFormatProvider,System.Text.CompositeFormat"] = "unreachable: CompositeFormat is not allowed",
        ["M:System.Text.StringBuilder.AppendFormat``"] = "unreachable: CompositeFormat is not allowed",
        ["M:System.Array.Copy(System.Array,System.Array,System.Int32)"] = "copies into an array the script made",
        ["M:System.Index.GetOffset("] = "allocates nothing",
        ["M:System.Range.GetOffsetAndLength("] = "allocates nothing",
        ["M:System.String.Replace(System.Char,System.Char)"] = "same length",
        ["M:System.Text.StringBuilder.Replace(System.Char,System.Char"] = "same length",
        ["M:System.String.Concat(System.Object)"] = "one value's text",
        ["M:System.Text.StringBuilder.Insert(System.Int32,System.Char[]"] = "one value's length",
        ["M:System.Text.StringBuilder.Insert(System.Int32,System.ReadOnlySpan{System.Char})"] = "one value's length",
        ["M:System.Text.StringBuilder.Insert(System.Int32,System.Object)"] = "one value's text",
    };

    private static readonly HashSet<string> CountNames = ["count", "repeatCount", "capacity", "initialCapacity", "totalWidth", "newSize", "stringLength", "length", "size"];

    private static readonly HashSet<string> PositionNames =
        ["startIndex", "index", "start", "offset", "sourceIndex", "destinationIndex", "beginning", "startat", "arrayIndex", "charIndex", "byteIndex", "offsetIn", "offsetOut", "indexA", "indexB"];

    private static readonly HashSet<string> CombiningNames = ["Concat", "Join", "AppendJoin", "Format", "AppendFormat", "Replace", "Insert", "PadLeft", "PadRight"];

    [Fact]
    public void Build_EveryWrapper_MatchesExactlyOneFrameworkMember()
    {
        var table = SizedCallTable.Build(SizedCallTable.WrapperTypes);

        Assert.True(table.Errors.Count == 0, string.Join("\n", table.Errors));
        var wrappers = SizedCallTable.WrapperTypes.SelectMany(t => t.GetMethods()).Count(m => m.GetCustomAttribute<ReplacesAttribute>() is not null);
        Assert.Equal(wrappers, table.Calls.Count);
    }

    [Fact]
    public void Build_WrapperWhoseShapeMatchesNoMember_IsReported()
    {
        var table = SizedCallTable.Build([typeof(MismatchedWrappers)]);

        Assert.Equal(2, table.Errors.Count);
        Assert.Empty(table.Calls);
    }

    [Fact]
    public void Table_EveryReplacedMember_IsOneCompiledCodeMayUse()
    {
        var unused = SizedCallTable.Instance.Calls.Select(c => c.TargetId).Where(id => !ResolvedAllowlist.Framework.AnyIds.Contains(id)).ToList();

        Assert.True(unused.Count == 0, "Wrappers for members scripts cannot reach:\n" + string.Join("\n", unused));
    }

    [Fact]
    public void Allowlist_EveryMemberSizedByACountOrCombiningText_IsReplacedOrAudited()
    {
        var table = SizedCallTable.Instance;
        var unchecked_ = AllowedFrameworkMembers()
            .Where(m => IsSizedByCount(m.Member) || IsCombiningText(m.Member))
            .Select(m => m.Id)
            .Where(id => !table.IsReplaced(id) && !Audited.Keys.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unchecked_.Count == 0, "Allowed members that can allocate by a count or combine text, neither wrapped nor audited:\n" + string.Join("\n", unchecked_));
    }

    private static bool IsSizedByCount(MethodBase member)
    {
        var parameters = member.GetParameters();
        return member.Name is "set_Capacity" or "set_Length"
            || (parameters.Any(p => p.ParameterType == typeof(int) && CountNames.Contains(p.Name!))
                && !parameters.Any(p => PositionNames.Contains(p.Name!)));
    }

    private static bool IsCombiningText(MethodBase member) =>
        (member.DeclaringType == typeof(string) || member.DeclaringType == typeof(System.Text.StringBuilder))
        && CombiningNames.Contains(member.Name)
        && !member.GetParameters().Any(p => p.ParameterType.IsValueType && p.Name == "value");

    private static IEnumerable<(string Id, MethodBase Member)> AllowedFrameworkMembers()
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var allowed = ResolvedAllowlist.Framework.ScriptIds;
        foreach (var type in CompilerReferences.FrameworkAssemblyNames.SelectMany(name => Assembly.Load(name).GetExportedTypes()))
        {
            foreach (var member in type.GetMethods(Members).Cast<MethodBase>().Concat(type.GetConstructors()))
            {
                var id = MemberIds.Of(member);
                if (allowed.Contains(id) && !member.GetParameters().Any(p => p.ParameterType.IsPointer))
                {
                    yield return (id, member);
                }
            }
        }
    }

    /// <summary>Wrappers that name no real member: one by name, one by shape.</summary>
    public static class MismatchedWrappers
    {
        [Replaces(typeof(string), "PadCentre")]
        public static string PadCentre(string self, int totalWidth) => self;

        [Replaces(typeof(string), nameof(string.PadLeft))]
        public static string PadLeft(string self, long totalWidth) => self;
    }
}
