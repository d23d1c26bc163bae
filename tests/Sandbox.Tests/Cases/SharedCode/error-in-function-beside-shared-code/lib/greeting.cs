public static class Greeting
{
    public static string For(string name) => "Hello, " + name;
}
