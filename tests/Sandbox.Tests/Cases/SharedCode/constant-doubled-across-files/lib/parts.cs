// Doubles a constant nineteen times (half a million characters, under the limit); the function doubles it on.
public static class Parts
{
    public const string A0 = "x";
    public const string A1 = A0 + A0;
    public const string A2 = A1 + A1;
    public const string A3 = A2 + A2;
    public const string A4 = A3 + A3;
    public const string A5 = A4 + A4;
    public const string A6 = A5 + A5;
    public const string A7 = A6 + A6;
    public const string A8 = A7 + A7;
    public const string A9 = A8 + A8;
    public const string A10 = A9 + A9;
    public const string A11 = A10 + A10;
    public const string A12 = A11 + A11;
    public const string A13 = A12 + A12;
    public const string A14 = A13 + A13;
    public const string A15 = A14 + A14;
    public const string A16 = A15 + A15;
    public const string A17 = A16 + A16;
    public const string A18 = A17 + A17;
    public const string A19 = A18 + A18;
}
