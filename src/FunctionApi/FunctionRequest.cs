namespace ScriptHost.Functions;

/// <summary>The HTTP request that invoked the function.</summary>
public sealed class FunctionRequest
{
    /// <summary>Creates the request view the host hands to a function.</summary>
    public FunctionRequest(
        string method,
        string path,
        IReadOnlyDictionary<string, string> headers,
        IReadOnlyDictionary<string, string> cookies,
        string body)
    {
        Method = method;
        Path = path;
        Headers = headers;
        Cookies = cookies;
        Body = body;
    }

    /// <summary>GET, POST, ...</summary>
    public string Method { get; }

    /// <summary>The request path, e.g. <c>/my-service/sms</c>.</summary>
    public string Path { get; }

    /// <summary>Headers by lower-cased name; repeated headers are joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Cookies by name.</summary>
    public IReadOnlyDictionary<string, string> Cookies { get; }

    /// <summary>The raw body as text (UTF-8).</summary>
    public string Body { get; }
}
