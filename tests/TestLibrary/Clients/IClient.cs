namespace TestLibrary.Clients;

/// <summary>Listed by a type line with one member: <see cref="Name"/> is allowed, <see cref="Secret"/> is not.</summary>
public interface IClient
{
    /// <summary>What the client is called.</summary>
    string Name { get; }

    /// <summary>Not listed.</summary>
    string Secret { get; }
}
