namespace TestLibrary.Messages;

/// <summary>
/// Public process-wide statics in an allowed namespace: a settable static property and a writable static field are
/// refused without a line (one function's write would be every function's value); the constant is allowed.
/// </summary>
public static class MessageDefaults
{
    /// <summary>The longest body, a constant.</summary>
    public const int MaxBodyLength = 1600;

    /// <summary>Messages sent by the whole process.</summary>
#pragma warning disable CA2211 // A public writable static is what this type is here to show.
    public static int SentCount;
#pragma warning restore CA2211

    /// <summary>The region every sender of the process uses.</summary>
    public static string Region { get; set; } = "us1";
}
