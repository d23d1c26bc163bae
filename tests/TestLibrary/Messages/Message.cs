namespace TestLibrary.Messages;

/// <summary>An ordinary allowed type, with members whose signatures name types functions may not hand to a library.</summary>
public sealed class Message(string to, string body)
{
    /// <summary>The recipient.</summary>
    public string To { get; } = to;

    /// <summary>The text.</summary>
    public string Body { get; } = body;

    /// <summary>Reads a message written as "to: body".</summary>
    public static Message Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return new Message(text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    /// <summary>Takes a <see cref="Type"/>: refused without a line, since a library given a type can reflect on it.</summary>
    public string Describe(Type kind) => $"{kind?.Name}: {Body}";

    /// <summary>Takes a <see cref="TextWriter"/>: refused without a line (System.IO).</summary>
    public void WriteTo(TextWriter writer) => writer?.Write(ToString());

    /// <summary>The message as markup: a call the host may want to bound, so its tests redirect it to a call wrapper.</summary>
    public string Render() => $"<Message to=\"{To}\">{Body}</Message>";

    /// <inheritdoc/>
    public override string ToString() => $"{To}: {Body}";
}
