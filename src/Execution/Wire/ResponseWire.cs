using ScriptHost.Execution.Rendering;
using ScriptHost.Functions;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Execution.Wire;

/// <summary>A rendered response to and from its wire form.</summary>
public static class ResponseWire
{
    /// <summary>The wire form of <paramref name="response"/>.</summary>
    public static ResponseData ToData(RenderedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new ResponseData(
            response.StatusCode,
            response.ContentType,
            [.. response.Headers.Select(h => h.Key)],
            [.. response.Headers.Select(h => h.Value)],
            [.. response.Cookies.Select(c => new CookieData(
                c.Name, c.Value, c.Remove, c.Options.MaxAge?.Ticks, c.Options.Path, c.Options.Domain, c.Options.Secure, c.Options.HttpOnly, c.Options.SameSite))],
            response.Body);
    }

    /// <summary>The response <paramref name="data"/> describes; header names and values must pair up.</summary>
    /// <exception cref="InvalidDataException">The header lists differ in length.</exception>
    public static RenderedResponse FromData(ResponseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.HeaderNames.Length != data.HeaderValues.Length)
        {
            throw new InvalidDataException("A worker's response has header names and values that do not pair up.");
        }

        var headers = new KeyValuePair<string, string>[data.HeaderNames.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = new(data.HeaderNames[i], data.HeaderValues[i]);
        }

        var cookies = data.Cookies.Select(c => new ResponseCookie(
            c.Name,
            c.Value,
            new CookieOptions
            {
                MaxAge = c.MaxAgeTicks is { } ticks ? TimeSpan.FromTicks(ticks) : null,
                Path = c.Path,
                Domain = c.Domain,
                Secure = c.Secure,
                HttpOnly = c.HttpOnly,
                SameSite = c.SameSite,
            },
            c.Remove)).ToArray();
        return new RenderedResponse(data.StatusCode, data.ContentType, headers, cookies, data.Body);
    }
}
