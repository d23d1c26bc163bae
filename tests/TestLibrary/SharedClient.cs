namespace TestLibrary;

/// <summary>
/// Process-wide state behind a static method, as <c>TwilioClient.Init</c> keeps it: no rule can see that <c>Init</c>
/// writes a static, so the namespace is simply not listed, and the refusal hint says what to do instead.
/// </summary>
public static class SharedClient
{
    private static string? _account;

    /// <summary>The account every caller in the process shares after <see cref="Init"/>.</summary>
    public static string? Account => _account;

    /// <summary>Sets the account for the whole process.</summary>
    public static void Init(string account) => _account = account;
}
