using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Hosting;

/// <summary>
/// The one place where exceptions that stand for a client's mistake become their 4xx problem details: storage's
/// refusals, and <see cref="BadHttpRequestException"/> — which the framework throws for a body it cannot bind and
/// ScriptHost's own request readers throw for a body they cannot read (malformed, too large, an unknown charset, over
/// the form limits). Readers translate the parser's exceptions at the point they read the request, so an
/// <see cref="InvalidDataException"/> or <see cref="System.Text.Json.JsonException"/> from anywhere else stays a
/// server fault rather than being mistaken for a bad request.
/// </summary>
internal sealed class ClientErrorExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            StorageValidationException => (StatusCodes.Status400BadRequest, "Bad request"),
            StorageNotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            StorageConflictException => (StatusCodes.Status409Conflict, "Conflict"),
            ValueTooLargeException => (StatusCodes.Status413PayloadTooLarge, "Too large"),
            QuotaExceededException => (StatusCodes.Status507InsufficientStorage, "Quota exceeded"),
            BadHttpRequestException bad => (bad.StatusCode, ReasonPhrases.GetReasonPhrase(bad.StatusCode)),
            _ => (0, string.Empty),
        };
        if (status == 0 || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = exception.Message },
            Exception = exception,
        });
    }
}
