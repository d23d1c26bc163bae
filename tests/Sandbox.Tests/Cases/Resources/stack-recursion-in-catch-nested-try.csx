// Recursion from a finally inside a catch and from a filtered catch, nested try blocks in one frame.
int Down(int n)
{
    try
    {
        try { throw new InvalidOperationException(); }
        catch (InvalidOperationException) { try { throw new ArgumentException(); } finally { Down(n + 1); } }
    }
    catch (ArgumentException) when (n >= 0) { return Down(n + 1); }
    return 0;
}
return Down(0);
