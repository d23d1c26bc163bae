// Echoes the HTTP request as the function sees it.
return new
{
    method = Request.Method,
    path = Request.Path,
    custom = Request.Headers.TryGetValue("x-custom-header", out var custom) ? custom : null,
    headerNamesLowerCase = Request.Headers.Keys.All(k => k == k.ToLowerInvariant()),
    session = Request.Cookies.TryGetValue("session", out var session) ? session : null,
    body = Request.Body,
};
