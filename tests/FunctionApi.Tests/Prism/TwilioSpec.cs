namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>One of Twilio's OpenAPI descriptions the Prism tests serve, and the host the library calls for it.</summary>
/// <param name="Name">The spec's file name without extension, e.g. <c>twilio_verify_v2</c>.</param>
/// <param name="Host">The host of the spec's server, where the library sends this product's requests.</param>
/// <param name="Path">Where the file is, or is expected.</param>
/// <param name="Origin">Where the file comes from, for messages.</param>
public sealed record TwilioSpec(string Name, string Host, string Path, string Origin)
{
    public bool Exists => File.Exists(Path);

    public override string ToString() => Name;
}
