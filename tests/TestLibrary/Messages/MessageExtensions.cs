namespace TestLibrary.Messages;

/// <summary>An allowed extension method.</summary>
public static class MessageExtensions
{
    /// <summary>The body in capitals.</summary>
    public static string Shout(this Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Body.ToUpperInvariant();
    }
}
