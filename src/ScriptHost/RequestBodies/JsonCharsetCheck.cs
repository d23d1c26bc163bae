using Microsoft.AspNetCore.Http.Metadata;

namespace ScriptHost.RequestBodies;

/// <summary>
/// Refuses a management request whose JSON body declares a charset this runtime cannot decode (415), before the
/// framework's JSON binding reads it: the binding would otherwise throw <see cref="InvalidOperationException"/>, which
/// no handler can tell apart from a server fault. Endpoints that declare they take only other media types (asset
/// uploads: raw bytes, never decoded) are exempt.
/// </summary>
internal sealed class JsonCharsetCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api")
            && !TakesOnlyOtherMediaTypes(context.GetEndpoint())
            && JsonBodyEncoding.IsJson(request.ContentType)
            && !JsonBodyEncoding.TryGetEncoding(request.ContentType!, out _, out var refusal))
        {
            throw new BadHttpRequestException(refusal!, StatusCodes.Status415UnsupportedMediaType);
        }

        return next(context);
    }

    private static bool TakesOnlyOtherMediaTypes(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && !accepts.ContentTypes.Any(JsonBodyEncoding.IsJson);
}
