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
/// Twilio's REST API as the samples use it, on 127.0.0.1, answering as Twilio does. Messages:
/// <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c> answers 201 with a queued message, or, for Twilio's magic
/// invalid number +15005550001, the 400 error Twilio sends, or, for <see cref="HungNumber"/>, nothing ever. Verify: <c>POST /v2/Services/{sid}/Verifications</c>
/// starts a verification (201, pending) whose code is always <see cref="VerificationCode"/>;
/// <c>POST /v2/Services/{sid}/VerificationCheck</c> approves the right code (and forgets the verification), leaves a
/// wrong one pending, and answers 404 (error 20404) when no verification is pending for the number. Records every
/// request so tests can check what a sample sent.
/// </summary>
public sealed class FakeTwilioApi : IAsyncDisposable
{
    public const string InvalidNumber = "+15005550001";

    /// <summary>A number whose message the fake never answers: a Twilio endpoint that hangs.</summary>
    public const string HungNumber = "+15005550009";
    public const string VerificationCode = "123456";

    private readonly ConcurrentQueue<SentRequest> _requests = new();
    private readonly ConcurrentDictionary<string, string> _pendingVerifications = new(StringComparer.Ordinal);
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
            var (fields, sid) = await RecordAsync(context, "SM");
            var to = fields.GetValueOrDefault("To", string.Empty);
            if (to == HungNumber)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }

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

        app.MapPost("/v2/Services/{serviceSid}/Verifications", async (HttpContext context, string serviceSid) =>
        {
            var (fields, sid) = await RecordAsync(context, "VE");
            var to = fields.GetValueOrDefault("To", string.Empty);
            _pendingVerifications[to] = sid;
            return Results.Json(Verification(sid, serviceSid, to, fields.GetValueOrDefault("Channel"), "pending"), statusCode: 201);
        });
        app.MapPost("/v2/Services/{serviceSid}/VerificationCheck", async (HttpContext context, string serviceSid) =>
        {
            var (fields, _) = await RecordAsync(context, "VE");
            var to = fields.GetValueOrDefault("To", string.Empty);
            if (!_pendingVerifications.TryGetValue(to, out var sid))
            {
                return Results.Json(
                    new { code = 20404, message = $"The requested resource /Services/{serviceSid}/VerificationCheck was not found", more_info = "https://www.twilio.com/docs/errors/20404", status = 404 },
                    statusCode: 404);
            }

            var approved = fields.GetValueOrDefault("Code") == VerificationCode;
            if (approved)
            {
                _pendingVerifications.TryRemove(to, out _);
            }

            return Results.Json(Verification(sid, serviceSid, to, "sms", approved ? "approved" : "pending"), statusCode: 200);
        });

        await app.StartAsync();
        Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
        _app = app;
    }

    private async Task<(Dictionary<string, string> Fields, string Sid)> RecordAsync(HttpContext context, string sidPrefix)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var sid = sidPrefix + Guid.NewGuid().ToString("N");
        _requests.Enqueue(new SentRequest(context.Request.Path, context.Request.Headers.Authorization.ToString(), fields, sid));
        return (fields, sid);
    }

    private static object Verification(string sid, string serviceSid, string to, string? channel, string status) => new
    {
        sid,
        service_sid = serviceSid,
        account_sid = TwilioWebhook.AccountSid,
        to,
        channel,
        status,
        valid = status == "approved",
        date_created = "2024-06-11T10:00:00Z",
        date_updated = "2024-06-11T10:00:00Z",
    };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>One request to the fake API.</summary>
    public sealed record SentRequest(string Path, string Authorization, IReadOnlyDictionary<string, string> Form, string AnsweredSid);
}
