namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// A fact that needs Twilio's v2010 OpenAPI description (Messages, Calls), which comes from <c>../shared</c>: reported
/// as skipped, naming the missing file, where it is absent (xunit 2 has no runtime skip, so the decision is made when
/// the test is discovered). Verify and Lookups tests are plain facts: the tests install their specs themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PrismFactAttribute : FactAttribute
{
    public PrismFactAttribute()
    {
        if (!TwilioSpecs.ApiV2010.Exists)
        {
            Skip = $"Twilio's OpenAPI description is absent: {TwilioSpecs.ApiV2010.Path} (the repository expects ../shared beside it, or {TwilioSpecs.OverrideVariable}).";
        }
    }
}
