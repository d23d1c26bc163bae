namespace ScriptHost.Cli.Output;

/// <summary>
/// What the terminal can take: colour only when stdout is a terminal and <c>NO_COLOR</c> is unset or empty
/// (https://no-color.org), progress only when stderr is a terminal — so pipes, files and CI logs get plain text.
/// </summary>
internal sealed record Terminal(TextWriter Out, TextWriter Error, bool UseColour, bool ShowProgress)
{
    public static Terminal FromProcess()
    {
        var noColour = Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };
        return new Terminal(
            Console.Out,
            Console.Error,
            UseColour: !noColour && !Console.IsOutputRedirected,
            ShowProgress: !Console.IsErrorRedirected);
    }

    /// <summary>Colour for stderr follows stderr itself, with the same NO_COLOR rule.</summary>
    public bool UseErrorColour =>
        Environment.GetEnvironmentVariable("NO_COLOR") is not { Length: > 0 } && !Console.IsErrorRedirected && ReferenceEquals(Error, Console.Error);
}
