namespace ScriptHost.Problems;

/// <summary>
/// Fills in the detail of problem details the framework writes on its own (an unreadable or wrongly typed body, an
/// unknown route, status code pages), so every error answer carries status, title and detail alike.
/// </summary>
internal static class ProblemDefaults
{
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!string.IsNullOrWhiteSpace(problem.Detail))
        {
            return;
        }

        problem.Detail = problem.Status switch
        {
            StatusCodes.Status400BadRequest => "The request could not be read: check its parameters and send a well-formed JSON body of the documented shape.",
            StatusCodes.Status401Unauthorized => "Send a valid key as 'Authorization: Bearer <key>'.",
            StatusCodes.Status404NotFound => "Nothing is served at this URL.",
            StatusCodes.Status405MethodNotAllowed => $"This URL does not accept {context.HttpContext.Request.Method}.",
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than allowed.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
            _ => problem.Title ?? "The request failed.",
        };
    }
}
