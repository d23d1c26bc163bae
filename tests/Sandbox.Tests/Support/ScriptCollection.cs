namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>
/// Test classes that compile and run scripts share one collection, so they run one after another: on a 2-core
/// machine a class of deliberately spinning scripts otherwise starves another class's compiles past their timeout.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ScriptCollection
{
    public const string Name = "Scripts";
}
