using System.Security.Cryptography;

namespace ScriptHost.WebConsole;

/// <summary>
/// The headers every <c>/console</c> response carries. The policy allows the page's own files and nothing else: no
/// inline script, no external URL, no framing. Styles: files from 'self' and <c>&lt;style&gt;</c> elements carrying
/// this response's nonce (Monaco creates them at run time; the page stamps them, see styleNonce.ts). Style
/// <em>attributes</em> need <c>style-src-attr 'unsafe-inline'</c>: Monaco renders its view lines, cursors and
/// widgets as HTML strings with <c>style="top:…px"</c> attributes, and a nonce cannot apply to an attribute. That
/// allows positioning styles only, never script or a <c>&lt;style&gt;</c> element. The editor's worker is started
/// from a same-origin script URL (worker-src 'self').
/// </summary>
internal static class ConsoleSecurityHeaders
{
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

    public static string ContentSecurityPolicy(string? nonce) =>
        "default-src 'none'; script-src 'self'; "
        + (nonce is null ? "style-src 'self'; " : $"style-src 'self' 'nonce-{nonce}'; ")
        + "style-src-attr 'unsafe-inline'; font-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response, string? nonce)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
