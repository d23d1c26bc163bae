// The loop lives in a property getter.
class Counter
{
    public int Forever { get { var n = 0; while (true) n++; } }
}

return new Counter().Forever;
