// A property getter recursing from its catch handler.
class Node { public int Depth; public int Value { get { try { throw new InvalidOperationException(); } catch { return new Node { Depth = Depth + 1 }.Value; } } } }
return new Node().Value;
