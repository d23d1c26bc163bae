// A method that never returns and whose body ends inside a finally handler.
var log = new List<int>();
void Spin(int n)
{
    try
    {
        if (n >= 3)
        {
            throw new InvalidOperationException("bottom");
        }

        Spin(n + 1);
        throw new ArgumentException("unreachable");
    }
    finally
    {
        log.Add(n);
    }
}

try
{
    Spin(0);
}
catch (InvalidOperationException e)
{
    return string.Join(",", log) + ":" + e.Message;
}

return "unreachable";
