namespace ScriptHost.RequestBodies;

/// <summary>
/// Refuses a management request whose JSON body declares a charset this runtime cannot decode (415), before the
/// framework's JSON binding reads it: the binding would otherwise throw <see cref="InvalidOperationException"/>, which
/// no handler can tell apart from a server fault. Asset uploads are raw bytes, never decoded, and are exempt.
/// </summary>
internal sealed class JsonCharsetCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api")
            && !ManagementBodyLimit.IsAssetUpload(request.Path)
            && JsonBodyEncoding.IsJson(request.ContentType)
            && !JsonBodyEncoding.TryGetEncoding(request.ContentType!, out _, out var refusal))
        {
            throw new BadHttpRequestException(refusal!, StatusCodes.Status415UnsupportedMediaType);
        }

        return next(context);
    }
}
