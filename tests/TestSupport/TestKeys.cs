namespace ScriptHost.TestSupport;

/// <summary>Keys the servers under test are configured with, in memory or as processes.</summary>
public static class TestKeys
{
    /// <summary>The admin key every test server is started with.</summary>
    public const string Admin = "test-admin-key-0123456789abcdef";
}
