using Twilio.Security;
using Twilio.TwiML;

// Baseline B: what the SMS auto-reply costs as hand-written ASP.NET Core, with nothing of ScriptHost in the path.
// Same build settings as the server (Release, Workstation GC); no request logging, as the server does not log each request.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var authToken = Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? "benchmark-auth-token";
var validator = new RequestValidator(authToken);

app.MapGet("/health", () => TypedResults.Ok("ok"));
app.MapPost("/sms", async (HttpRequest request) => Reply(await request.ReadFormAsync()));
app.MapPost("/sms-protected", async (HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
    var pairs = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)));
    return validator.Validate(url, pairs, request.Headers["X-Twilio-Signature"].ToString())
        ? Reply(form)
        : Results.StatusCode(StatusCodes.Status403Forbidden);
});

app.Run();

static IResult Reply(IFormCollection form)
{
    var response = new MessagingResponse();
    response.Message($"Thanks {form["From"]}, you said: {form["Body"]}");
    return Results.Text(response.ToString(), "text/xml");
}
