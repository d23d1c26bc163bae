// A local function recursing into its enclosing function from a finally handler while an exception unwinds.
int Outer(int n)
{
    return Inner(n);
    int Inner(int m) { try { throw new InvalidOperationException(); } finally { Outer(m + 1); } }
}
return Outer(0);
