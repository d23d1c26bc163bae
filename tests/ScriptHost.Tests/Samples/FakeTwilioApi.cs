using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScriptHost.Tests.Samples;

/// <summary>
/// Twilio's Messages endpoint as the samples use it, on 127.0.0.1: <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>
/// answers 201 with a queued message, or, for Twilio's magic invalid number +15005550001, the 400 error Twilio sends.
/// Records every request so tests can check what a sample sent.
/// </summary>
public sealed class FakeTwilioApi : IAsyncDisposable
{
    public const string InvalidNumber = "+15005550001";

    private readonly ConcurrentQueue<SentRequest> _requests = new();
    private WebApplication? _app;

    /// <summary>The requests received, in order.</summary>
    public IReadOnlyCollection<SentRequest> Requests => _requests;

    public int Port { get; private set; }

    /// <summary>The requests that carried <paramref name="value"/> in form field <paramref name="field"/>.</summary>
    public IReadOnlyList<SentRequest> RequestsWith(string field, string value) =>
        [.. _requests.Where(r => r.Form.TryGetValue(field, out var actual) && actual == value)];

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", async (HttpContext context, string accountSid) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            var sid = "SM" + Guid.NewGuid().ToString("N");
            _requests.Enqueue(new SentRequest(context.Request.Path, context.Request.Headers.Authorization.ToString(), fields, sid));
            var to = fields.GetValueOrDefault("To", string.Empty);
            if (to == InvalidNumber)
            {
                return Results.Json(
                    new { code = 21211, message = $"The 'To' number {to} is not a valid phone number.", more_info = "https://www.twilio.com/docs/errors/21211", status = 400 },
                    statusCode: 400);
            }

            return Results.Json(
                new { sid, account_sid = accountSid, to, from = fields.GetValueOrDefault("From"), body = fields.GetValueOrDefault("Body"), status = "queued", num_segments = "1" },
                statusCode: 201);
        });

        await app.StartAsync();
        Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>One request to the Messages endpoint.</summary>
    public sealed record SentRequest(string Path, string Authorization, IReadOnlyDictionary<string, string> Form, string AnsweredSid);
}
