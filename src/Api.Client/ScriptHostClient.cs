using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ScriptHost.Api.Contracts;

namespace ScriptHost.Api.Client;

/// <summary>
/// The management API of one ScriptHost server, typed: each method is one route, answers the contract records, and
/// throws <see cref="ApiProblemException"/> for any non-2xx answer and <see cref="ScriptHostUnreachableException"/>
/// when there is no answer. Split into partial files by feature (<c>ScriptHostClient.Builds.cs</c>, ...).
/// </summary>
public sealed partial class ScriptHostClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>A client over <paramref name="http"/>, whose base address and <c>Authorization</c> the caller has set.</summary>
    public ScriptHostClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
    }

    /// <summary>A client of the server at <paramref name="server"/> presenting <paramref name="key"/> (a service or the admin key).</summary>
    public ScriptHostClient(Uri server, string key)
        : this(new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan })
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        _ownsHttp = true;
    }

    /// <summary>The server this client talks to.</summary>
    public Uri Server => _http.BaseAddress ?? throw new InvalidOperationException("The HttpClient has no BaseAddress.");

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);

    /// <summary>A function or asset path as a route's catch-all: each segment escaped, the slashes kept.</summary>
    private static string PathSegments(string path) =>
        string.Join('/', path.Trim('/').Split('/').Select(Uri.EscapeDataString));

    private static string Query(params (string Name, object? Value)[] parameters)
    {
        var present = parameters
            .Where(parameter => parameter.Value is not null)
            .Select(parameter => parameter.Name + "=" + Uri.EscapeDataString(parameter.Value switch
            {
                DateTimeOffset moment => moment.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                bool flag => flag ? "true" : "false",
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var other => other!.ToString()!,
            }))
            .ToList();
        return present.Count == 0 ? string.Empty : "?" + string.Join('&', present);
    }

    private Task<T> GetAsync<T>(string route, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, route, body: null, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string route, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, route, body, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken)
            ?? throw new ApiProblemException($"{(int)response.StatusCode} {method} {route} answered an empty body.");
    }

    private async Task SendAsync(HttpMethod method, string route, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, route, body, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    /// <summary>Sends one request; a 2xx answer is returned to the caller, anything else thrown as its problem.</summary>
    private async Task<HttpResponseMessage> SendRawAsync(
        HttpMethod method, string route, object? body, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, route.TrimStart('/'));
        if (body is HttpContent content)
        {
            request.Content = content;
        }
        else if (body is not null)
        {
            // Serialized up front, so the request says its length: a server over its size limit then refuses it
            // (413) before the body is sent, instead of cutting the upload off mid-way, which reads as no answer.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ApiJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        // The server answers a body it will refuse (too large, no key) before the client sends it.
        request.Headers.ExpectContinue = request.Content is not null;

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, completion, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.StatusCode is null)
        {
            throw ScriptHostUnreachableException.From(Server, exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ScriptHostUnreachableException($"cannot reach {Server}: no answer in time", exception) { Server = Server };
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw ApiProblemException.From(response.StatusCode, response.ReasonPhrase, text);
        }
    }
}
