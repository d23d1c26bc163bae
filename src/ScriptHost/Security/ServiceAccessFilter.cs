using ScriptHost.Problems;
using ScriptHost.Serving;

namespace ScriptHost.Security;

/// <summary>
/// Guards <c>/api/services/{service}/...</c>: 401 without a valid key; 404 when the service does not exist or the key
/// belongs to another service (so a tenant cannot even learn another's names).
/// </summary>
internal sealed class ServiceAccessFilter(CallerAuthentication authentication, LiveServices live) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var caller = authentication.Identify(context.HttpContext.Request);
        if (!caller.IsAuthenticated)
        {
            return Problem.Unauthorized();
        }

        var service = context.HttpContext.Request.RouteValues["service"] as string ?? string.Empty;
        if (!caller.CanManage(service) || !live.TryGetService(service, out _))
        {
            return Problem.NotFound($"No service '{service}'.");
        }

        return await next(context);
    }
}

/// <summary>
/// Guards admin-only routes (<see cref="AdminKeyRequirementExtensions.RequireAdminKey{TBuilder}"/>): 401 without a
/// valid key, 403 for a valid service key.
/// </summary>
internal sealed class AdminOnlyFilter(CallerAuthentication authentication) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var caller = authentication.Identify(context.HttpContext.Request);
        return caller.IsAdmin ? await next(context) : caller.IsAuthenticated ? AdminKeyRequirement.ServiceKeyRefused() : Problem.Unauthorized();
    }
}
