using ScriptHost.Cli.Project.DotEnv;

namespace ScriptHost.Cli.Tests.Project.DotEnv;

public sealed class SecretNamesTests
{
    [Theory]
    [InlineData("TWILIO_AUTH_TOKEN", true)]
    [InlineData("STRIPE_SECRET", true)]
    [InlineData("API_KEY", true)]
    [InlineData("db_password", true)]
    [InlineData("MonkeyName", true)]
    [InlineData("BUSINESS_NAME", false)]
    [InlineData("OPENING_HOURS", false)]
    public void IsSecret_Name_FollowsTheTokenSecretKeyPasswordRule(string name, bool secret) =>
        Assert.Equal(secret, SecretNames.IsSecret(name));
}
