namespace ScriptHost.Api.Client.Tests.Support;

/// <summary>Every test class against the server shares one server process (a start takes seconds on 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Server";
}
