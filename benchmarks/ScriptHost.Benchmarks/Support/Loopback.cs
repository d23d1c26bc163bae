using System.Diagnostics;
using System.Text;

namespace ScriptHost.Benchmarks.Support;

/// <summary>HTTP on 127.0.0.1 as the server modes use it: one client shape, the SMS webhook form, waiting for an answer.</summary>
internal static class Loopback
{
    private const string SmsForm = "From=%2B15551230001&To=%2B15559870002&Body=Hello+there";

    public static string Url(int port) => $"http://127.0.0.1:{port}";

    public static HttpClient NewClient() => new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A Twilio-shaped incoming SMS (the fields the SMS reply reads).</summary>
    public static StringContent Sms() => new(SmsForm, Encoding.UTF8, "application/x-www-form-urlencoded");

    public static async Task WaitHealthyAsync(HttpClient client, string url) => await WaitAnswerAsync(client, url, _ => true, post: false);

    /// <summary>Polls <paramref name="url"/> every millisecond (connection refused until it listens) for up to 60 s.</summary>
    public static async Task WaitAnswerAsync(HttpClient client, string url, Func<string, bool> accept, bool post = true)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = post ? await client.PostAsync(url, Sms()) : await client.GetAsync(url);
                if (response.IsSuccessStatusCode && accept(await response.Content.ReadAsStringAsync()))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(1);
        }

        throw new TimeoutException($"No acceptable answer from {url} within 60 s.");
    }
}
