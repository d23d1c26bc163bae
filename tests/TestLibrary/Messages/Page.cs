namespace TestLibrary.Messages;

/// <summary>An allowed generic type: its members are referenced through instantiations in IL.</summary>
public sealed class Page<T>(IReadOnlyList<T> items)
{
    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Items { get; } = items;

    /// <summary>Which page this is; its setter is private: IL naming it finds nothing to allow.</summary>
    public int Number { get; private set; } = 1;

    /// <summary>How many items this page holds.</summary>
    public int Count => Items.Count;
}
