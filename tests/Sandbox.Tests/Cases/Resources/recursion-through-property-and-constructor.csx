// Recursion through a property getter that constructs the next node, whose constructor reads the property.
class Node
{
    public Node(int depth) { Depth = depth; Size = Next.Size + 1; }
    public int Depth { get; }
    public int Size { get; }
    public Node Next => new Node(Depth + 1);
}

return new Node(0).Size;
