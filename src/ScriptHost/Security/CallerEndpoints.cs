using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Security;
using ScriptHost.Problems;

namespace ScriptHost.Security;

/// <summary>
/// <c>GET /api/caller</c>: who the presented key is — the admin, or which service's key, and whether it was rotated
/// out — so a client signed in with a bare key (the console) knows where to land.
/// </summary>
internal static class CallerEndpoints
{
    public static void MapCaller(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/caller", GetCaller).WithTags("Admin");
    }

    private static Results<Ok<CallerDto>, ProblemHttpResult> GetCaller(HttpRequest request, CallerAuthentication authentication)
    {
        var caller = authentication.Identify(request);
        return caller.IsAuthenticated
            ? TypedResults.Ok(new CallerDto(caller.IsAdmin, caller.ServiceName, caller.IsRotatedOutKey))
            : Problem.Unauthorized();
    }
}
