using System.Globalization;

public static class Parsing
{
    public static CultureInfo Culture => CultureInfo.InvariantCulture;
}
