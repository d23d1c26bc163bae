using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptHost.Api.Contracts.Security;
using ScriptHost.Problems;

namespace ScriptHost.Security;

/// <summary>
/// <c>POST /api/services/{service}/keys/rotate</c> (that service's key or the admin key) and
/// <c>POST /api/admin/key/rotate</c> (the admin key): a new key, answered once; the old one keeps working for
/// <c>ScriptHost:KeyRotationGraceSeconds</c>. A key already rotated out cannot rotate (if it leaked, it must not be
/// able to mint the next one).
/// </summary>
internal static class KeyRotationEndpoints
{
    public static IServiceCollection AddKeyRotation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddSingleton<KeyRotation>();
    }

    public static void MapKeyRotation(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/services/{service}/keys/rotate", RotateServiceKeyAsync)
            .WithTags("Services")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AddEndpointFilter<ServiceAccessFilter>();
        app.MapPost("/api/admin/key/rotate", RotateAdminKeyAsync)
            .WithTags("Admin")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAdminKey();
    }

    private static async Task<Results<Ok<RotatedKey>, ProblemHttpResult>> RotateServiceKeyAsync(
        string service, HttpRequest request, CallerAuthentication authentication, KeyRotation rotation, CancellationToken cancellationToken)
    {
        if (authentication.Identify(request).IsRotatedOutKey)
        {
            return RotatedOutKeyRefused();
        }

        return await rotation.RotateServiceKeyAsync(service, cancellationToken) is { } rotated
            ? TypedResults.Ok(rotated)
            : (ProblemHttpResult)Problem.NotFound($"No service '{service}'.");
    }

    private static async Task<Results<Ok<RotatedKey>, ProblemHttpResult>> RotateAdminKeyAsync(
        HttpRequest request, CallerAuthentication authentication, KeyRotation rotation, CancellationToken cancellationToken)
    {
        if (authentication.Identify(request).IsRotatedOutKey)
        {
            return RotatedOutKeyRefused();
        }

        return await rotation.RotateAdminKeyAsync(cancellationToken) is { } rotated
            ? TypedResults.Ok(rotated)
            : (ProblemHttpResult)Problem.Conflict(
                "The admin key comes from configuration (ScriptHost:AdminKey), so it cannot be rotated here: change ScriptHost:AdminKey (or the ScriptHost__AdminKey environment variable) and restart the server.");
    }

    private static ProblemHttpResult RotatedOutKeyRefused() => (ProblemHttpResult)Problem.Forbidden(
        "This key was rotated out: it keeps working until its grace period ends, but only the current key (or the admin key) can rotate keys.");
}
