namespace ScriptHost.Functions;

/// <summary>The function's surroundings: its service's environment variables and its own identity.</summary>
public sealed class FunctionContext
{
    /// <summary>Creates the context the host hands to a function.</summary>
    public FunctionContext(IReadOnlyDictionary<string, string> env, string serviceName, string functionPath, string domainName)
    {
        Env = env;
        ServiceName = serviceName;
        FunctionPath = functionPath;
        DomainName = domainName;
    }

    /// <summary>The service's environment variables (as set at the start of this invocation).</summary>
    public IReadOnlyDictionary<string, string> Env { get; }

    /// <summary>The service (tenant) the function belongs to.</summary>
    public string ServiceName { get; }

    /// <summary>The function's path within its service, e.g. <c>/sms</c>.</summary>
    public string FunctionPath { get; }

    /// <summary>The public host name the function was reached at, e.g. <c>functions.example.com</c>.</summary>
    public string DomainName { get; }
}
