namespace TestLibrary;

/// <summary>A type of an unlisted namespace that an allowed type hands out: the member that does is refused with it.</summary>
public sealed class Transport
{
    /// <summary>Where requests would go.</summary>
    public string Endpoint { get; } = "https://api.example.com";
}
