// An exception whose Message never returns: reading it runs inside the invocation's budget and ends at its time limit.
class EndlessException : Exception
{
    public override string Message { get { var n = 0; while (true) n++; } }
}

throw new EndlessException();
