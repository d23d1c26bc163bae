// A runaway loop in shared code: the back-edge guard stops it as it stops one in the function.
public static class Spin
{
    public static void Forever()
    {
        while (true) { }
    }
}
