// Small synchronous helpers, the kind the JIT would inline: the error still names this file and the throwing line.
public static class Checks
{
    public static string Required(string? value)
    {
        if (value is null)
        {
            throw new ArgumentException("required");
        }

        return value;
    }

    public static int Number(string text) => int.Parse(text);
}
