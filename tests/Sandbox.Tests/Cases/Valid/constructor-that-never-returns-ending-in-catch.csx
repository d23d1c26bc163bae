// A constructor that recurses inside try/catch and goes back into the protected region from its catch: it never
// returns normally, and its body ends inside the catch handler.
class Walker
{
    public static int Steps;

    public Walker(int depth)
    {
        again:
        try
        {
            Steps++;
            if (depth > 0 && Steps % 3 == 0)
            {
                _ = new Walker(depth - 1);
            }

            if (Steps > 40)
            {
                throw new ArgumentException("done");
            }

            throw new InvalidOperationException();
        }
        catch (InvalidOperationException)
        {
            goto again;
        }
    }
}

try
{
    _ = new Walker(3);
}
catch (ArgumentException e)
{
    return Walker.Steps + ":" + e.Message;
}

return "unreachable";
