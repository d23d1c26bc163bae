namespace ScriptHost.Functions;

/// <summary>The service's log, as a function writes to it. Lines are kept per invocation (capped) and streamed live.</summary>
public interface IFunctionLog
{
    /// <summary>Logs at Info level.</summary>
    void Info(string message);

    /// <summary>Logs at Warn level.</summary>
    void Warn(string message);

    /// <summary>Logs at Error level.</summary>
    void Error(string message);
}
