using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Hosting;

/// <summary>Turns storage's refusals into problem details with the matching status.</summary>
internal sealed class StorageExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
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
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            _ => (0, string.Empty),
        };
        if (status == 0)
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
