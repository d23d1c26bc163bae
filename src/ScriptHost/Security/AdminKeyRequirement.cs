using Microsoft.AspNetCore.Mvc;
using ScriptHost.Problems;

namespace ScriptHost.Security;

/// <summary>
/// Marks a route as the admin's alone. <see cref="AdminKeyRequirementExtensions.RequireAdminKey{TBuilder}"/> adds this
/// marker and <see cref="AdminOnlyFilter"/> together, so the marker lists every admin-only route (tests enumerate them
/// by it).
/// </summary>
internal sealed class AdminKeyRequirement
{
    public static AdminKeyRequirement Instance { get; } = new();

    private AdminKeyRequirement()
    {
    }

    /// <summary>
    /// The answer to a valid service key on an admin-only route: the key is good, the route is not its to use (a 401
    /// would send its holder looking for a typo in a key that works).
    /// </summary>
    public static IResult ServiceKeyRefused() => Problem.Forbidden(
        "This route needs the admin key. The key presented is a service key, which manages only its own service (/api/services/{service}/...).");
}

/// <summary>Declares routes admin-only.</summary>
internal static class AdminKeyRequirementExtensions
{
    /// <summary>Lets only the admin key through: 401 without a valid key, 403 for a valid service key.</summary>
    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(
            AdminKeyRequirement.Instance,
            new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ["application/problem+json"]));
        return builder.AddEndpointFilter<TBuilder, AdminOnlyFilter>();
    }
}
