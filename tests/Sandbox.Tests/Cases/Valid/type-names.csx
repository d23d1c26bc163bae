// Names of types: GetType(), typeof, nameof, type comparisons and a few flags.
class NotFound : Exception
{
    public NotFound(string what) : base(what + " was not found") { }
}

record Point(int X, int Y);

string Describe(Exception error) => $"{error.GetType().Name}: {error.Message}";

var names = new List<string>();
try
{
    throw new NotFound("order 7");
}
catch (Exception error)
{
    names.Add(Describe(error));
    names.Add(error.GetType().FullName!);
    names.Add((error.GetType() == typeof(NotFound)).ToString());
    names.Add((error.GetType() != typeof(Exception)).ToString());
    names.Add(error.GetType().Equals(typeof(NotFound)).ToString());
}

try
{
    int.Parse("seven");
}
catch (FormatException error)
{
    names.Add(error.GetType().FullName!);
    names.Add(error.GetType().Namespace!);
}

names.Add(typeof(Dictionary<string, int>).Name);
names.Add(typeof(List<int>).IsGenericType.ToString());
names.Add($"{typeof(int[]).IsArray} {typeof(DayOfWeek).IsEnum} {typeof(int).IsValueType} {typeof(string).IsClass} {typeof(IDisposable).IsInterface}");
names.Add(new Point(1, 2).GetType().Name);
names.Add(42.GetType().ToString());
names.Add(nameof(Point) + "." + nameof(Point.X) + " " + nameof(List<int>.Count) + " " + nameof(names));
return names;
