using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace ScriptHost.Tests.Support;

/// <summary>
/// Sends a request whose path reaches the server exactly as written (HttpClient would remove "." and ".." segments
/// before sending), so the server's own path validation is what gets tested.
/// </summary>
public static class RawRequest
{
    public static async Task<HttpResponseMessage> SendAsync(ScriptHostFactory factory, string method, string rawPath, string key, byte[]? body = null, string? contentType = null)
    {
        var context = await factory.Server.SendAsync(http =>
        {
            http.Request.Method = method;
            http.Request.Path = PathString.FromUriComponent(rawPath);
            http.Request.Headers.Authorization = "Bearer " + key;
            if (body is not null)
            {
                http.Request.Body = new MemoryStream(body);
                http.Request.ContentLength = body.Length;
                http.Request.ContentType = contentType;
            }
        });

        using var buffer = new MemoryStream();
        await context.Response.Body.CopyToAsync(buffer);
        var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode) { Content = new ByteArrayContent(buffer.ToArray()) };
        if (context.Response.ContentType is { } responseType)
        {
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(responseType);
        }

        return response;
    }
}
