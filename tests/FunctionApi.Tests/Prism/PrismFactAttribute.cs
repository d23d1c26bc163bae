namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// A fact that needs Twilio's OpenAPI description: reported as skipped, naming the missing file, where it is absent
/// (xunit 2 has no runtime skip, so the decision is made when the test is discovered).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PrismFactAttribute : FactAttribute
{
    public PrismFactAttribute()
    {
        if (!TwilioSpec.Exists)
        {
            Skip = $"Twilio's OpenAPI description is absent: {TwilioSpec.Path} (the repository expects ../shared beside it).";
        }
    }
}
