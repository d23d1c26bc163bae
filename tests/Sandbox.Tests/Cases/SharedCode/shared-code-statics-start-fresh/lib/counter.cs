// Statics of shared code live in the function's own load: every load starts from zero.
public static class Counter
{
    private static int s_count;

    public static int Next() => ++s_count;
}
