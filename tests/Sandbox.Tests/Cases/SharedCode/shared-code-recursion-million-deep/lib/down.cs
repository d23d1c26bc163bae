// Recursion a million frames deep in shared code must end as a stack limit, never a StackOverflow.
public static class Recursion
{
    public static int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1);
}
