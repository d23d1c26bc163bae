public static class Setup
{
    public static int Ready() => 1;
}

// Would run ahead of every function that uses this file.
Log("setting up");
