using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Problems;

namespace ScriptHost.RequestBodies;

/// <summary>
/// Holds management API bodies (deploys, snippets, variables, settings) to <c>ScriptHost:MaxRequestBodyBytes</c>,
/// answering 413 before anything reads them. Kestrel's own limit is set higher for asset uploads, which are exempt.
/// </summary>
internal sealed class ManagementBodyLimit(RequestDelegate next, IOptions<ScriptHostOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || IsAssetUpload(request.Path))
        {
            await next(context);
            return;
        }

        var limit = options.Value.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            await TooLarge(limit).ExecuteAsync(context);
            return;
        }

        if (request.ContentLength is null)
        {
            // A body without a length (chunked) is read here, bounded, so the endpoint sees it whole or not at all.
            var buffered = await ReadBoundedAsync(request.Body, limit, context.RequestAborted);
            if (buffered is null)
            {
                await TooLarge(limit).ExecuteAsync(context);
                return;
            }

            request.Body = buffered;
        }

        await next(context);
    }

    internal static bool IsAssetUpload(PathString path)
    {
        // /api/services/{service}/assets/...
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 4 && segments[1] == "services" && segments[3] == "assets";
    }

    private static async Task<MemoryStream?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static IResult TooLarge(long limit) =>
        Problem.Of(StatusCodes.Status413PayloadTooLarge, "Request too large", $"Management requests are at most {limit} bytes.");
}
