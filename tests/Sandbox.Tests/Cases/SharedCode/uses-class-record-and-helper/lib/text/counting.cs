// A second file, in a subfolder: shared code files see each other's types.
public static class Counting
{
    public static int Letters(Person person) => person.Name.Count(char.IsLetter);
}
