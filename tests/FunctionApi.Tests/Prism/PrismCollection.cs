namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>The test classes that share one Prism process (starting it parses a 1.8 MB spec).</summary>
[CollectionDefinition(Name)]
public sealed class PrismCollection : ICollectionFixture<PrismMockServer>
{
    public const string Name = "Prism";
}
