namespace TestLibrary.Messages;

/// <summary>An allowed base class for a script's own classes: its protected members are theirs to use.</summary>
public abstract class Channel
{
    /// <summary>Opens the channel with a first line of text.</summary>
    public string Open(string text) => Label(text);

    /// <summary>What the channel's lines start with.</summary>
    protected abstract string Prefix { get; }

    /// <summary>A line of this channel.</summary>
    protected string Label(string text) => $"{Prefix}:{text}";
}
