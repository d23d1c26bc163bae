using Microsoft.AspNetCore.Mvc;

namespace ScriptHost.RequestBodies;

/// <summary>Declares how large a request body an endpoint (or a group of them) takes.</summary>
internal static class BodyLimitConventions
{
    /// <summary>
    /// Limits the endpoints' request bodies to <paramref name="bytes"/>: the framework's
    /// <see cref="Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata"/>, which routing hands to Kestrel for
    /// the request and <see cref="RequestBodyLimit"/> enforces before the endpoint reads anything. The most specific
    /// declaration wins: an endpoint's own over its group's.
    /// </summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestSizeLimitAttribute(bytes));
}
