using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Templates;
using ScriptHost.Problems;
using ScriptHost.Security;

namespace ScriptHost.Templates;

/// <summary><c>GET /api/templates</c>: the sample functions a new function can start from (any valid key).</summary>
internal static class TemplateEndpoints
{
    public static IServiceCollection AddTemplates(this IServiceCollection services) => services.AddSingleton<TemplateCatalog>();

    public static void MapTemplates(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates", List).WithTags("Templates");
    }

    private static Results<Ok<IReadOnlyList<TemplateDto>>, ProblemHttpResult> List(HttpRequest request, CallerAuthentication authentication, TemplateCatalog catalog) =>
        authentication.Identify(request).IsAuthenticated ? TypedResults.Ok(catalog.Templates) : Problem.Unauthorized();
}
