using Microsoft.AspNetCore.Http.Metadata;
using ScriptHost.Problems;

namespace ScriptHost.RequestBodies;

/// <summary>
/// Holds a request body to the limit its endpoint declares (<see cref="BodyLimitConventions.WithBodyLimit"/>),
/// answering 413 before the endpoint reads anything: a body announced larger at once, a chunked one as soon as it
/// passes the limit (it is read here, bounded, so the endpoint sees it whole or not at all). Kestrel enforces the
/// same metadata itself, but only as the endpoint reads, and the test server not at all. Endpoints that declare no
/// limit (the invocation route, which must answer 403 or 404 before it reads a body) bound their own reads.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is not { } limit)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        if (request.ContentLength > limit)
        {
            await TooLarge(limit).ExecuteAsync(context);
            return;
        }

        if (request.ContentLength is null)
        {
            if (await ReadBoundedAsync(request.Body, limit, context.RequestAborted) is not { } buffered)
            {
                await TooLarge(limit).ExecuteAsync(context);
                return;
            }

            request.Body = new MemoryStream(buffered, writable: false);
        }

        await next(context);
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        try
        {
            return await BoundedBody.ReadAsync(body, limit, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel holds the request to the same limit (routing handed it the metadata) and may trip first.
            return null;
        }
    }

    private static IResult TooLarge(long limit) =>
        Problem.Of(StatusCodes.Status413PayloadTooLarge, "Request too large", $"Requests to this route are at most {limit} bytes.");
}
