using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Hosting;

// Functions run in this process too (InProcess isolation): the Twilio library's process-wide defaults are set before
// any of them can run.
TwilioProcessDefaults.Install();

// Content root at the application's own folder, so its appsettings.json (quiet request logging among others) applies
// however it is started: `dotnet run --project src/ScriptHost`, or `dotnet ScriptHost.dll` from any directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// The README's promise: with no --urls or ASPNETCORE_URLS, the server listens on loopback port 5000.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5000");
}

builder.AddScriptHost();
var app = builder.Build();
app.UseScriptHost();
app.Run();

/// <summary>Entry point type, public so integration tests can host the real pipeline.</summary>
public partial class Program;
