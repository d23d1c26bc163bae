// An exception whose Message itself throws: the error still answers, with the type's name and a fixed text.
class HostileException : Exception
{
    public override string Message => throw new InvalidOperationException("no message for you");
}

throw new HostileException();
