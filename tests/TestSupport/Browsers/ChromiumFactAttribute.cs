namespace ScriptHost.TestSupport.Browsers;

/// <summary>
/// A fact that drives a real headless Chromium. Where chromium or chromedriver is missing it is reported as skipped,
/// naming what is missing (xunit 2 has no runtime skip, so the decision is made when the test is discovered) — except
/// under <c>CI=true</c>, where it runs and fails: CI must not go green by skipping the browser tests.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumPrerequisite.Missing is { } missing && !IsContinuousIntegration)
        {
            Skip = $"Needs Debian's chromium and chromium-driver: {missing}.";
        }
    }

    internal static bool IsContinuousIntegration =>
        string.Equals(System.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
