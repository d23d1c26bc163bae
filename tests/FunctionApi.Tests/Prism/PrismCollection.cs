namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>The test classes that share the Prism processes (one per spec; starting v2010's parses a 1.8 MB spec).</summary>
[CollectionDefinition(Name)]
public sealed class PrismCollection : ICollectionFixture<PrismMockServer>
{
    public const string Name = "Prism";
}
