namespace ScriptHost.Cli.Tests.Support;

/// <summary>The command tests that need a server share one (starting one takes seconds on a busy machine).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Server";
}
