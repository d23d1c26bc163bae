using System.Xml.Linq;
using ScriptHost.Functions.TwilioLibrary;
using Twilio.TwiML;

// Baseline B: scripts-samples/sms-auto-reply.csx as hand-written ASP.NET Core, with nothing of ScriptHost in the path.
// Same build settings as the server (Release, Workstation GC). The function's log line goes to an ILogger below its
// minimum level (as the server's own request logging is off); ScriptHost instead keeps it as the invocation's log.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

var authToken = Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? "benchmark-auth-token";
var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("sms-auto-reply");

app.MapGet("/health", () => TypedResults.Ok("ok"));
app.MapPost("/sms", async (HttpRequest request) => Reply(await request.ReadFormAsync()));
app.MapPost("/sms-protected", async (HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
    var pairs = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)));
    return TwilioSignatureCheck.IsGenuine(authToken, url, pairs, request.Headers["X-Twilio-Signature"].ToString())
        ? Reply(form)
        : Results.StatusCode(StatusCodes.Status403Forbidden);
});

app.Run();

// scripts-samples/sms-auto-reply.csx, statement for statement.
IResult Reply(IFormCollection form)
{
    var business = env.GetValueOrDefault("BUSINESS_NAME", "us");
    var text = form["Body"].ToString().Trim();
    var keyword = text.Split(' ', 2)[0].ToUpperInvariant();
    var pictures = int.TryParse(form.TryGetValue("NumMedia", out var media) ? media.ToString() : "0", out var count) ? count : 0;

    var reply = keyword switch
    {
        "HOURS" => env.TryGetValue("OPENING_HOURS", out var hours)
            ? $"Our opening hours: {hours}"
            : "Call us for today's opening hours.",
        "WHERE" => env.TryGetValue("ADDRESS", out var address)
            ? $"You'll find {business} at {address}."
            : "Reply with your postcode and we'll send you directions.",
        _ when pictures > 0 => pictures == 1 ? "Thanks for the picture!" : $"Thanks for the {pictures} pictures!",
        _ => $"Thanks for texting {business}! We got \"{text}\" and will reply soon. Text HOURS for opening hours or WHERE for our address.",
    };

#pragma warning disable CA1848, CA1873 // The script's Log.Info is one interpolated line; so is this, for a like-for-like baseline.
    log.LogInformation($"Auto-reply to {form["MessageSid"]} ({(keyword.Length == 0 ? "no text" : keyword)})");
#pragma warning restore CA1848, CA1873
    return Results.Text(new MessagingResponse().Message(reply).ToString(SaveOptions.DisableFormatting), "text/xml");
}
