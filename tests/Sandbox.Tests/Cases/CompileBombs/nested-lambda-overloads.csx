// Nested lambdas passed to an overloaded method: the binder tries every overload at every level.
static class O
{
    public static int M(Func<int, int> f) => 0;
    public static int M(Func<long, int> f) => 0;
    public static int M(Func<string, int> f) => 0;
    public static int M(Func<double, int> f) => 0;
}
return O.M(x1 => O.M(x2 => O.M(x3 => O.M(x4 => O.M(x5 => O.M(x6 => O.M(x7 => O.M(x8 => O.M(x9 => O.M(x10 => O.M(x11 => O.M(x12 => O.M(x13 => O.M(x14 => 0 + x14.GetHashCode()))))))))))))));
