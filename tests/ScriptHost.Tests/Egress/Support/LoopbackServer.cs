using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScriptHost.Tests.Egress.Support;

/// <summary>A small Kestrel server on 127.0.0.1 that plays the remote side of outbound calls (shared per test class).</summary>
public sealed class LoopbackServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Completed when a request to /slow has arrived.</summary>
    public TaskCompletionSource SlowRequestArrived { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        app.MapGet("/hello", (HttpContext context) =>
        {
            context.Response.Headers.Append("X-Mixed-Case", "Value");
            context.Response.Headers.Append("Set-Cookie", new Microsoft.Extensions.Primitives.StringValues(["a=1", "b=2"]));
            return Results.Text("hello", "text/plain; charset=utf-8");
        });

        // Echoes what arrived, one line per part, so tests can see method, headers and body after redirects.
        app.Map("/echo", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var request = context.Request;
            return Results.Text(string.Join('\n', request.Method, request.ContentType ?? "-", request.Headers.Authorization.ToString(), request.Headers.UserAgent.ToString(), body));
        });

        app.Map("/redirect", (HttpContext context) =>
        {
            context.Response.StatusCode = int.Parse(context.Request.Query["status"].FirstOrDefault() ?? "302", CultureInfo.InvariantCulture);
            context.Response.Headers.Location = context.Request.Query["to"].ToString();
            return Task.CompletedTask;
        });

        app.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}"));

        app.MapGet("/close", (HttpContext context) =>
        {
            context.Response.Headers.Connection = "close";
            return Results.Text("closing");
        });

        app.MapGet("/slow", async (HttpContext context) =>
        {
            SlowRequestArrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });

        app.MapGet("/big", async (HttpContext context, int bytes, bool declare) =>
        {
            if (declare)
            {
                context.Response.ContentLength = bytes;
            }

            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            for (var left = bytes; left > 0; left -= chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(left, chunk.Length)), context.RequestAborted);
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Port = new Uri(address).Port;
        _app = app;
    }

    /// <summary>Arms <see cref="SlowRequestArrived"/> for the next /slow request.</summary>
    public void ResetSlowSignal() => SlowRequestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
