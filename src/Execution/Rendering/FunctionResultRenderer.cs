using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScriptHost.Functions;
using ScriptHost.Functions.Output;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;

namespace ScriptHost.Execution.Rendering;

/// <summary>
/// Turns what a function returned into the response it answers with: string → text/plain, TwiML → text/xml,
/// <see cref="Response"/> → as built, bytes → octet-stream, null → empty 200, anything else (a <see cref="JsonNode"/>
/// included) → JSON. It runs inside the invocation (see <see cref="IResultRenderer"/>): the script's getters,
/// converters and enumerators run under its guards and watchdog, the body is written through a buffer that stops at
/// the output limit as it fills, and the response is charged to the output budget — the one limit on everything an
/// invocation outputs (<c>MaxResponseBytes</c>, logs included).
/// </summary>
internal sealed class FunctionResultRenderer(JsonSerializerOptions jsonOptions) : IResultRenderer
{
    private const string ContentTypeHeader = "Content-Type";

    /// <inheritdoc />
    public object? Render(object? value, InvocationBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var output = new InvocationOutputBudget(budget);
        var rendered = value is Response response ? RenderResponse(response, output) : RenderBody(value, 200, output);
        budget.ChargeOutput(rendered.Body.LongLength + HeaderBytes(rendered));
        return rendered;
    }

    private RenderedResponse RenderResponse(Response response, IOutputBudget output)
    {
        var explicitType = response.Headers.LastOrDefault(h => h.Key.Equals(ContentTypeHeader, StringComparison.OrdinalIgnoreCase)).Value;
        var headers = response.Headers.Where(h => !h.Key.Equals(ContentTypeHeader, StringComparison.OrdinalIgnoreCase)).ToList();
        var body = RenderBody(response.Body, response.StatusCode, output);
        return body with { ContentType = explicitType ?? body.ContentType, Headers = headers, Cookies = [.. response.Cookies] };
    }

    /// <summary>A body alone. A <see cref="Response"/> inside a response is serialised like any other object, never unwrapped again.</summary>
    private RenderedResponse RenderBody(object? value, int status, IOutputBudget output)
    {
        switch (value)
        {
            case null:
                return new RenderedResponse(status, null, [], [], []);
            case string text:
                output.EnsureOutputFits(Encoding.UTF8.GetByteCount(text));
                return new RenderedResponse(status, "text/plain; charset=utf-8", [], [], Encoding.UTF8.GetBytes(text));
            case byte[] bytes:
                output.EnsureOutputFits(bytes.LongLength);
                return new RenderedResponse(status, "application/octet-stream", [], [], bytes);
            case global::Twilio.TwiML.TwiML twiml:
                return new RenderedResponse(status, "text/xml", [], [], TwimlDocument.Render(twiml, output));
            case JsonNode node:
                var buffer = new BoundedBufferWriter(output);
                using (var writer = new Utf8JsonWriter(buffer, Json.WriterOptions(jsonOptions)))
                {
                    node.WriteTo(writer, jsonOptions);
                }

                return new RenderedResponse(status, "application/json; charset=utf-8", [], [], buffer.ToArray());
            default:
                return new RenderedResponse(status, "application/json; charset=utf-8", [], [], Json.SerializeBounded(value, jsonOptions, output).ToArray());
        }
    }

    private static long HeaderBytes(RenderedResponse response)
    {
        long bytes = 0;
        foreach (var (name, value) in response.Headers)
        {
            bytes += name.Length + value.Length;
        }

        foreach (var cookie in response.Cookies)
        {
            bytes += cookie.Name.Length + cookie.Value.Length;
        }

        return bytes;
    }
}
