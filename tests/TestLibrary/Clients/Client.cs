namespace TestLibrary.Clients;

/// <summary>A type of a listed namespace that has no type line: refused.</summary>
public sealed class Client(string name, string secret) : IClient
{
    /// <summary>A client for the given name.</summary>
    public static IClient Create(string name) => new Client(name, "s3cret");

    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public string Secret { get; } = secret;
}
