using ScriptHost.Storage.Services;

namespace ScriptHost.Security;

/// <summary>New random keys, prefixed by what they open so a key found in a log or a file says what it is.</summary>
internal static class GeneratedKeys
{
    public static string NewServiceKey() => "svc_" + KeyHash.GenerateKey();

    public static string NewAdminKey() => "admin_" + KeyHash.GenerateKey();
}
