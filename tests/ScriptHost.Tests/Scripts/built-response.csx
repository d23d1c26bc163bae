// Builds a full response: status, repeated headers, cookies with attributes and a JSON body.
return new Response()
    .SetStatusCode(201)
    .AppendHeader("X-Trace", "one")
    .AppendHeader("X-Trace", "two")
    .SetCookie("session", "abc123", new CookieOptions
    {
        Path = "/account",
        HttpOnly = true,
        Secure = true,
        SameSite = "Strict",
        MaxAge = TimeSpan.FromHours(1),
    })
    .SetBody(new { ok = true, count = 2 });
