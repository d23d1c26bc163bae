namespace ScriptHost.Cli.Invocation;

/// <summary>A function's answer as <c>invoke</c> prints it: the status line, every header, the body as text.</summary>
internal sealed record FunctionAnswer(int Status, string? Reason, string StatusLine, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static async Task<FunctionAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        var statusLine = $"HTTP/{response.Version.ToString(2)} {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        return new FunctionAnswer((int)response.StatusCode, response.ReasonPhrase, statusLine, headers, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public void WriteTo(TextWriter output)
    {
        output.WriteLine(StatusLine);
        foreach (var (name, value) in Headers)
        {
            output.WriteLine($"{name}: {value}");
        }

        output.WriteLine();
        output.Write(Body);
        if (Body.Length > 0 && !Body.EndsWith('\n'))
        {
            output.WriteLine();
        }
    }
}
