using ScriptHost.Contracts;

namespace ScriptHost.Tests.Contracts;

/// <summary>The storage and compiler enums and the API's wire enums they map to (<see cref="WireEnum"/>) by name.</summary>
public sealed class WireEnumTests
{
    public static TheoryData<Type, Type> Pairs()
    {
        var pairs = new TheoryData<Type, Type>();
        foreach (var (from, to) in WireEnum.Pairs)
        {
            pairs.Add(from, to);
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Pair_BothEnums_HaveTheSameMemberNames(Type from, Type to)
    {
        Assert.Equal(Enum.GetNames(from), Enum.GetNames(to));
    }

    [Fact]
    public void Pairs_EveryWireEnumOfTheContracts_IsMapped()
    {
        var wireEnums = typeof(Api.Contracts.ApiJson).Assembly.GetExportedTypes().Where(type => type.IsEnum);

        Assert.Equal(
            wireEnums.Select(type => type.FullName).Order(StringComparer.Ordinal),
            WireEnum.Pairs.Select(pair => pair.To.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Map_EachMemberOfAPair_KeepsItsName()
    {
        Assert.Equal(Api.Contracts.Builds.BuildStatus.Failed, Storage.Builds.BuildStatus.Failed.ToWire());
        Assert.Equal(Api.Contracts.Logs.InvocationStatus.LimitExceeded, Storage.Invocations.InvocationStatus.LimitExceeded.ToWire());
        Assert.Equal(Api.Contracts.Functions.FunctionVisibility.Protected, Storage.Functions.FunctionVisibility.Protected.ToWire());
    }
}
