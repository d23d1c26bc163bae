// A class, a record, a static helper and a constant, shared by every function of the build.
using System.Globalization;

public static class Greeting
{
    public static string For(Person person) => "Hello, " + person.Name.ToUpper(CultureInfo.InvariantCulture) + Punctuation;
}

public record Person(string Name);

static int Twice(int value) => value * 2;

const string Punctuation = "!";
