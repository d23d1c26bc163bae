// An iterator method, a class with an interface, an event, and IDisposable with using.
interface IShape { double Area { get; } }
sealed class Square(double side) : IShape, IDisposable
{
    public event Action<string>? Disposed;
    public double Area => side * side;
    public void Dispose() => Disposed?.Invoke("square");
}

static IEnumerable<int> Fibonacci(int count)
{
    int a = 0, b = 1;
    for (var i = 0; i < count; i++)
    {
        yield return a;
        (a, b) = (b, a + b);
    }
}

var disposedBy = "";
using (var square = new Square(3))
{
    square.Disposed += name => disposedBy = name;
}

$"{string.Join(" ", Fibonacci(8))} {disposedBy} {new Square(2).Area}"
