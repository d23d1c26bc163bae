namespace ScriptHost.Functions.Output;

/// <summary>
/// The <see cref="IOutputBudget"/> of the invocation running on this logical call context; the host sets it per
/// invocation. None outside an invocation (a test calling the API directly): then nothing is bounded.
/// </summary>
internal static class OutputBudget
{
    private static readonly AsyncLocal<IOutputBudget?> Ambient = new();

    public static IOutputBudget? Current => Ambient.Value;

    public static void Use(IOutputBudget? budget) => Ambient.Value = budget;
}
