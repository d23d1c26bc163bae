namespace ScriptHost.Api.Contracts.Logs;

/// <summary>Severity of a function's log entry; ordered so a query can ask for "this level and above".</summary>
public enum FunctionLogLevel
{
    Info = 0,
    Warn = 1,
    Error = 2,
}
