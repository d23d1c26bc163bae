namespace ScriptHost.Storage.Builds;

/// <summary>
/// Which stored version of its path a function of a completing build names (<see cref="BuildFunction.FunctionVersion"/>).
/// A bundle's function takes the version that already has its source, else the next one
/// (<see cref="SameSourceOrNext"/>), so rebuilding an unchanged bundle adds no versions. A one-function deploy always
/// adds the next one (<see cref="Next"/>), even for a source an older version has: a deploy is a new version, which
/// starts with fresh statics. A function carried over from the live build, or rolled back to, keeps the version it is
/// (<see cref="Existing"/>), whichever other versions share its source.
/// </summary>
public sealed record FunctionVersionChoice
{
    private FunctionVersionChoice(int? existingNumber, bool alwaysNext)
    {
        ExistingNumber = existingNumber;
        AlwaysNext = alwaysNext;
    }

    public static FunctionVersionChoice SameSourceOrNext { get; } = new(null, alwaysNext: false);

    public static FunctionVersionChoice Next { get; } = new(null, alwaysNext: true);

    /// <summary>Stored version <paramref name="number"/>, whose source the function's must be.</summary>
    public static FunctionVersionChoice Existing(int number) => new(number, alwaysNext: false);

    /// <summary>The stored version to name, for <see cref="Existing"/>; otherwise null.</summary>
    public int? ExistingNumber { get; }

    /// <summary>True for <see cref="Next"/>.</summary>
    public bool AlwaysNext { get; }
}
