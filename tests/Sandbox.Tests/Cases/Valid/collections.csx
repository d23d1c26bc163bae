// HashSet, Queue, Stack, collection expressions, and a tuple-returning local function.
HashSet<int> seen = [1, 2, 3];
seen.UnionWith([3, 4]);
var queue = new Queue<string>(["a", "b"]);
queue.Enqueue("c");
var stack = new Stack<int>();
foreach (var n in seen)
{
    stack.Push(n);
}

(int Min, int Max) Range(IEnumerable<int> values) => (values.Min(), values.Max());
var (min, max) = Range(seen);
int[] squares = [.. seen.Select(x => x * x)];
$"{seen.Count} {queue.Dequeue()}{queue.Count} {stack.Pop()} {min}-{max} {squares[^1]} {string.Join(",", squares[1..3])}"
