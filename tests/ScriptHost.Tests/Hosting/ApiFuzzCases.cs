using System.Text;
using System.Text.Json.Nodes;

namespace ScriptHost.Tests.Hosting;

/// <summary>
/// One request as it reaches the server: the path as sent on the wire (percent-encoded, decoded by the server) or,
/// when <see cref="PathIsDecoded"/>, as the server would hold it after decoding (raw control characters).
/// </summary>
public sealed record FuzzRequest(
    string Case,
    string Method,
    string Path,
    bool PathIsDecoded,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    long? ContentLength)
{
    /// <summary>The request in a line a reader can replay by hand, control characters escaped and long text cut.</summary>
    public string Describe()
    {
        var headers = string.Join("; ", Headers.Select(h => $"{h.Key}: {Printable(h.Value)}"));
        var body = Body is null ? "no body" : $"{Body.Length} bytes{(ContentLength is null ? " chunked" : ContentLength == Body.Length ? string.Empty : $" (Content-Length {ContentLength})")}: {Printable(Encoding.UTF8.GetString(Body))}";
        return $"[{Case}] {Method} {Printable(Path)}{(PathIsDecoded ? " (decoded)" : string.Empty)}{Printable(Query)} | {headers} | {body}";
    }

    private static string Printable(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Length > 160 ? text[..160] + $"…(+{text.Length - 160})" : text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.ToString();
    }
}

/// <summary>An operation of the OpenAPI document: method, path template, parameters and the body's properties by JSON kind.</summary>
public sealed record FuzzOperation(
    string Method,
    string Template,
    IReadOnlyList<string> PathParameters,
    IReadOnlyList<string> QueryParameters,
    bool HasJsonBody,
    IReadOnlyDictionary<string, IReadOnlySet<string>> BodyProperties)
{
    /// <summary>Every operation of an OpenAPI 3 document, in document order.</summary>
    public static IReadOnlyList<FuzzOperation> FromDocument(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<FuzzOperation>();
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = operation!["parameters"]?.AsArray().Select(p => p!) ?? [];
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                operations.Add(new FuzzOperation(
                    method.ToUpperInvariant(),
                    template,
                    [.. parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!)],
                    [.. parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!)],
                    body is not null,
                    PropertiesOf(body, schemas)));
            }
        }

        return operations;
    }

    private static Dictionary<string, IReadOnlySet<string>> PropertiesOf(JsonNode? schema, JsonObject? schemas)
    {
        var properties = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var resolved = Resolve(schema, schemas);
        foreach (var (name, property) in resolved?["properties"]?.AsObject() ?? [])
        {
            var kinds = Resolve(property, schemas)?["type"] switch
            {
                JsonArray many => many.Select(t => (string)t!).ToHashSet(StringComparer.Ordinal),
                JsonValue one => [(string)one!],
                _ => new HashSet<string>(StringComparer.Ordinal) { "object" },
            };
            properties[name] = kinds;
        }

        return properties;
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var depth = 0; schema is not null && depth < 8; depth++)
        {
            if (schema["$ref"] is { } reference)
            {
                schema = schemas?[((string)reference!).Split('/')[^1]];
            }
            else if (schema["oneOf"] is JsonArray alternatives)
            {
                schema = alternatives.FirstOrDefault(a => a?["type"] is not JsonValue type || (string?)type != "null");
            }
            else
            {
                return schema;
            }
        }

        return schema;
    }
}

/// <summary>
/// The hostile requests the fuzzer sends, generated deterministically (a fixed seed picks which key presents each):
/// bad auth, hostile path and query values, malformed and mistyped bodies, bodies over the limit, bad charsets and
/// content types, control characters in headers. Requests that could legitimately change the stored state the test
/// checks afterwards (a delete, a valid deploy) address scratch names instead of it.
/// </summary>
public sealed class ApiFuzzCases(ApiFuzzCases.Keys keys, int maxBodyBytes, int seed)
{
    public const string MainService = "fuzz-main";
    public const string OtherService = "fuzz-other";
    public const string ScratchService = "fuzz-scratch";

    /// <summary>The keys the fuzzer presents: the admin's, the main service's and another service's.</summary>
    public sealed record Keys(string Admin, string Main, string Other);

    private readonly Random _random = new(seed);

    // Spellings of traversal, encoding and control characters, built around scratch names so that no spelling can
    // normalise to something the test stored (except the case-changed names, which a correct server must not match).
    private static readonly string[] HostileSegments =
    [
        "..", "%2e%2e", "%2E%2E/%2E%2E/etc/passwd", "scratch/../../etc/passwd", "..%2f..%2fetc%2fpasswd", "scratch%2ffn",
        "scratch%5cfn", "scratch\\fn", "scratch//fn", "//scratch", "%c0%ae%c0%ae/scratch", "scratch%c0%affn", "%e0%80%ae",
        "scratch%00fn", "%00", "scratch%0d%0aX-Injected:%201", "scratch%1b%5b31m", "scratch%ed%a0%80", "scratch%ff%fe", "%",
        "%zz", "%%32%65", ".", "...", "~", "%20", "scratch%20", "%23fragment", "%3Fquery=1", "%C3%BC/%C3%B1/%E6%97%A5", "con",
        "nul", new string('a', 5000), string.Concat(Enumerable.Repeat("a/", 500)), "versions", "scratch/versions/abc",
        "scratch/versions/99999999999/activate", "scratch/versions/-1", "scratch/versions/0/activate",
        "scratch/versions/1/activate/extra", "PUB", "LOGO.TXT", "greeting", "Greeting", "FUZZ-MAIN", OtherService, "api",
        "health", "-", "A-B", "1ABC", new string('v', 200),
    ];

    // The same characters raw, as a server holds a path after decoding it: what no percent-spelling may turn into.
    private static readonly string[] DecodedSegments = ["scratch\0fn", "scratch\r\nX-Injected: 1", "\u001b[31m", "scratch\ud800", "\\..\\..\\scratch", "scratch\u202efn"];

    private static readonly string[] HostileQueryValues =
    [
        "", "%00", "a%0d%0aX-Injected:%201", "%1b%5b31m", "%ed%a0%80", "%ff", "%", "%zz", new string('q', 10_000), "-1", "0",
        "1001", "2147483648", "99999999999999999999", "1e309", "NaN", "-Infinity", "true", "[]", "{}", "null", "2024-13-45",
        "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "-0001-01-01", "2024-01-01T00:00:00%2B99:00", "..%2f..%2fetc",
        "%C3%BC", "PUBLIC", "timedOut", "1",
    ];

    private static readonly string[] BadCharsets =
    [
        "application/json; charset=utf-99", "application/json; charset=windows-1252", "application/json; charset=\"\"",
        "application/json; charset=utf-16", "application/json; charset=utf-32", "application/json; charset=\"utf-8",
        "application/json; charset=utf-8; charset=utf-16", "application/merge-patch+json; charset=utf-99",
        "text/vnd.fuzz+json; charset=utf-99", "APPLICATION/JSON; CHARSET=UTF-99",
    ];

    private static readonly string?[] WrongContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", null,
        "application/json\r\nX-Injected: 1", "*/*", "application/problem+json", "application/json; x=\u0000", "\ud800/json",
    ];

    private static readonly string[] MalformedJson =
    [
        "{", "}", "{\"a\":", "[", "nul", "\"unterminated", "{\"a\":1,}", "{'a':1}", "\0", "{} trailing", "\ufeff{}",
        new string('[', 5000), "{\"a\":1e99999}", "{\"a\":-}", "{\"a\":01}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}",
        "[]", "\"text\"", "1", "true", "null", "{\"a\":\"\\ud800\"}", "{\"\\udc00\":1}",
    ];

    private static readonly string[] HostileStrings =
    [
        "\\u0000", "\\r\\nX-Injected: 1", "\\u001b[2J", "\\ud800", "\\udc00\\ud800", "../../etc/passwd", "%00", "\\u202e",
        new string('s', 8000),
    ];

    private static readonly Dictionary<string, string> KindSamples = new(StringComparer.Ordinal)
    {
        ["string"] = "\"s\"",
        ["integer"] = "1",
        ["number"] = "1.5",
        ["boolean"] = "true",
        ["array"] = "[1,\"a\",null]",
        ["object"] = "{\"k\":{}}",
        ["null"] = "null",
    };

    private static readonly string[] OutOfRangeNumbers = ["1e308", "-99999999999999999999", "2147483648", "-1", "1.5"];

    private static readonly KeyValuePair<string, string>[] HostileHeaders =
    [
        new("Accept", "\0"), new("Accept", "application/xml;q=\u001b"), new("Origin", "https://evil.example\r\nX-Injected: 1"),
        new("Origin", "null"), new("X-Twilio-Signature", "\ud800"), new("Cookie", "a=\0; =; ;;b=\u001b; c=\"unterminated"),
        new("X-Forwarded-For", "%00, not-an-ip, ::1"), new("X-Forwarded-Host", "evil.example"), new("X-Forwarded-Proto", "gopher"),
        new("If-None-Match", "\r\n"), new("Range", "bytes=-1-"), new("Accept-Charset", "utf-99"), new("Accept-Encoding", "gzip;q=\0"),
        new("Host", "evil.example:65535"), new("Host", "[::1]:1"), new("Host", "xn--bcher-kva.example"),
        new("Content-Encoding", "gzip"), new("Expect", "100-continue"),
    ];

    /// <summary>Every request for one operation of the OpenAPI document.</summary>
    public IEnumerable<FuzzRequest> For(FuzzOperation operation)
    {
        var isStream = operation.Template.EndsWith("/stream", StringComparison.Ordinal);
        var baseline = Baseline(operation);
        var contentType = operation.HasJsonBody ? "application/json" : IsAssetUpload(operation) ? "text/plain" : null;

        // A valid request to the live log tail is answered by a stream that never ends: it is only sent with auth or
        // parameters that get it refused.
        foreach (var (name, authorization) in AuthVariants())
        {
            if (!(isStream && authorization is not null && (authorization.EndsWith(keys.Admin, StringComparison.Ordinal) || authorization.EndsWith(keys.Main, StringComparison.Ordinal))))
            {
                yield return Build($"auth: {name}", operation, ValidPath(operation), string.Empty, authorization, baseline, contentType);
            }
        }

        foreach (var parameter in operation.PathParameters)
        {
            var values = HostileSegments.Select(v => (v, false)).Concat(DecodedSegments.Select(v => (v, true)));
            foreach (var (value, decoded) in values)
            {
                if (RemovesAccess(operation) && value == OtherService)
                {
                    continue;
                }

                var path = ValidPath(operation, parameter, value);
                yield return Build($"path {{{parameter}}}", operation, path, string.Empty, AnyValidKey(), baseline, contentType, decoded);
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var value in HostileQueryValues)
            {
                yield return Build($"query {parameter}", operation, ValidPath(operation), $"?{parameter}={value}", AnyValidKey(), baseline, contentType);
            }

            yield return Build($"query {parameter} repeated", operation, ValidPath(operation), $"?{parameter}=1&{parameter}=2", AnyValidKey(), baseline, contentType);
        }

        if (operation.HasJsonBody || IsAssetUpload(operation))
        {
            foreach (var (name, body, type, length) in Bodies(operation, baseline))
            {
                yield return Build($"body: {name}", operation, ValidPath(operation), string.Empty, AnyValidKey(), body, type, contentLength: length, explicitLength: true);
            }
        }

        foreach (var header in isStream ? [] : HostileHeaders)
        {
            yield return Build($"header {header.Key}", operation, ValidPath(operation), string.Empty, AnyValidKey(), baseline, contentType, extra: header);
        }
    }

    /// <summary>Requests to the invocation route <c>/{service}/{*path}</c>, which the OpenAPI document leaves out.</summary>
    public IEnumerable<FuzzRequest> ForInvocation()
    {
        string[] targets = [$"/{MainService}/pub", $"/{MainService}/prot", $"/{MainService}/logo.txt", $"/{OtherService}/missing"];
        foreach (var target in targets)
        {
            foreach (var method in new[] { "GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "GÉT" })
            {
                yield return Request($"invoke: {method}", method, target, false, string.Empty, [], method == "POST" ? Encoding.UTF8.GetBytes("a=1") : null, "application/x-www-form-urlencoded");
            }

            foreach (var header in HostileHeaders.Append(new("X-Twilio-Signature", new string('s', 10_000))).Append(new("X-Twilio-Signature", "garbage")))
            {
                yield return Request($"invoke header {header.Key}", "POST", target, false, string.Empty, [header], Encoding.UTF8.GetBytes("Body=hi"), "application/x-www-form-urlencoded");
            }

            foreach (var value in HostileQueryValues)
            {
                yield return Request("invoke query", "GET", target, false, $"?Body={value}&{value}=x", [], null, null);
            }
        }

        foreach (var segment in HostileSegments)
        {
            yield return Request("invoke path", "GET", $"/{MainService}/{segment}", false, string.Empty, [], null, null);
            yield return Request("invoke service", "POST", $"/{segment}/pub", false, string.Empty, [], Encoding.UTF8.GetBytes("a=1"), "application/x-www-form-urlencoded");
        }

        foreach (var segment in DecodedSegments)
        {
            yield return Request("invoke path", "GET", $"/{MainService}/{segment}", true, string.Empty, [], null, null);
            yield return Request("invoke service", "GET", $"/{segment}/pub", true, string.Empty, [], null, null);
        }

        foreach (var target in targets[..2])
        {
            foreach (var signature in new string?[] { null, "c2lnbmF0dXJl" })
            {
                KeyValuePair<string, string>[] headers = signature is null ? [] : [new("X-Twilio-Signature", signature)];
                foreach (var (name, body, type) in InvocationBodies())
                {
                    yield return Request($"invoke body: {name}{(signature is null ? string.Empty : " (signed)")}", "POST", target, false, string.Empty, headers, body, type);
                }

                var tooLarge = Encoding.UTF8.GetBytes("a=" + new string('x', maxBodyBytes));
                yield return Request("invoke body: over the limit", "POST", target, false, string.Empty, headers, tooLarge, "application/x-www-form-urlencoded");
                yield return Request("invoke body: over the limit, chunked", "POST", target, false, string.Empty, headers, tooLarge, "application/x-www-form-urlencoded") with { ContentLength = null };
                yield return Request("invoke body: shorter than its Content-Length", "POST", target, false, string.Empty, headers, Encoding.UTF8.GetBytes("a=1"), "application/x-www-form-urlencoded") with { ContentLength = 100 };
            }
        }
    }

    private static IEnumerable<(string Name, byte[] Body, string? ContentType)> InvocationBodies()
    {
        foreach (var json in MalformedJson)
        {
            yield return ($"malformed json {json[..Math.Min(12, json.Length)]}", Encoding.UTF8.GetBytes(json), "application/json");
        }

        foreach (var text in HostileStrings)
        {
            yield return ("json string", Encoding.UTF8.GetBytes($"{{\"Body\":\"{text}\",\"n\":{{\"d\":[\"{text}\"]}}}}"), "application/json");
        }

        yield return ("json invalid UTF-8", [.. "{\"Body\":\""u8.ToArray(), 0xC3, 0x28, 0xFF, .. "\"}"u8.ToArray()], "application/json");
        foreach (var charset in BadCharsets)
        {
            yield return ($"charset {charset}", "{\"Body\":\"hi\"}"u8.ToArray(), charset);
        }

        foreach (var type in WrongContentTypes)
        {
            yield return ($"content type {type}", "{\"Body\":\"hi\"}"u8.ToArray(), type);
        }

        const string form = "application/x-www-form-urlencoded";
        string[] forms =
        [
            "a=%ZZ", "=", "&&&", "a", "%00=%00", "a=1&a=2&a=3", "a=%ed%a0%80", "Body=%0d%0aX:%201%1b",
            string.Join('&', Enumerable.Range(0, 1025).Select(i => $"f{i}=1")), new string('k', 2049) + "=1", "a=" + new string('v', 10_000),
        ];
        foreach (var text in forms)
        {
            yield return ($"form {text[..Math.Min(12, text.Length)]}", Encoding.UTF8.GetBytes(text), form);
        }

        yield return ("form invalid UTF-8", [0xC3, 0x28, (byte)'=', 0xFF], form);
        yield return ("form charset", "a=1"u8.ToArray(), form + "; charset=utf-99");

        const string multipart = "multipart/form-data; boundary=b";
        static string Part(string name, string value, string extraHeaders = "") => $"--b\r\nContent-Disposition: form-data; name=\"{name}\"\r\n{extraHeaders}\r\n{value}\r\n";
        (string Name, string Body, string Type)[] multiparts =
        [
            ("no boundary", Part("a", "1") + "--b--\r\n", "multipart/form-data"),
            ("boundary over 70", Part("a", "1") + "--b--\r\n", "multipart/form-data; boundary=" + new string('b', 71)),
            ("quoted boundary", Part("a", "1") + "--b--\r\n", "multipart/form-data; boundary=\"b\""),
            ("no closing boundary", Part("a", "1"), multipart),
            ("only the closing boundary", "--b--\r\n", multipart),
            ("wrong boundary", Part("a", "1").Replace("--b", "--c", StringComparison.Ordinal) + "--c--\r\n", multipart),
            ("preamble", "garbage\r\n" + Part("a", "1") + "--b--\r\n", multipart),
            ("part without disposition", "--b\r\nContent-Type: text/plain\r\n\r\n1\r\n--b--\r\n", multipart),
            ("file part", "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../x.txt\"\r\n\r\n1\r\n--b--\r\n", multipart),
            ("header over 16 KB", Part("a", "1", "X-Long: " + new string('h', 17_000) + "\r\n") + "--b--\r\n", multipart),
            ("17 part headers", Part("a", "1", string.Concat(Enumerable.Range(0, 17).Select(i => $"X-{i}: v\r\n"))) + "--b--\r\n", multipart),
            ("part charset", Part("a", "1", "Content-Type: text/plain; charset=utf-99\r\n") + "--b--\r\n", multipart),
            ("control characters", Part("a\u0000\u001b", "\r\n\u0000") + "--b--\r\n", multipart),
            ("1,025 parts", string.Concat(Enumerable.Range(0, 1025).Select(i => Part($"f{i}", "1"))) + "--b--\r\n", multipart),
            ("nested", Part("a", "--b\r\n--b--") + "--b--\r\n", multipart),
            ("no CRLF", "--bContent-Disposition: form-data; name=\"a\"1--b--", multipart),
            ("empty", string.Empty, multipart),
        ];
        foreach (var (name, body, type) in multiparts)
        {
            yield return ($"multipart {name}", Encoding.UTF8.GetBytes(body), type);
        }
    }

    private IEnumerable<(string Name, byte[]? Body, string? ContentType, long? Length)> Bodies(FuzzOperation operation, byte[]? baseline)
    {
        var json = IsAssetUpload(operation) ? "application/octet-stream" : "application/json";
        foreach (var text in MalformedJson)
        {
            yield return ($"malformed {text[..Math.Min(12, text.Length)]}", Encoding.UTF8.GetBytes(text), json, null);
        }

        yield return ("empty", [], json, 0);
        yield return ("absent", null, json, null);
        yield return ("UTF-16 without a charset", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(baseline ?? [])), json, null);

        var tooLarge = Encoding.UTF8.GetBytes($"{{\"source\":\"{new string('x', maxBodyBytes)}\"}}");
        yield return ("over the limit", tooLarge, json, null);
        yield return ("over the limit, chunked", tooLarge, json, -1);
        yield return ("shorter than its Content-Length", baseline ?? [], json, (baseline?.Length ?? 0) + 100);

        foreach (var charset in BadCharsets)
        {
            yield return ($"charset {charset}", baseline, charset, null);
        }

        foreach (var type in WrongContentTypes)
        {
            yield return ($"content type {type}", baseline, type, null);
        }

        foreach (var (property, kinds) in operation.BodyProperties)
        {
            var wrongValues = KindSamples.Where(k => !kinds.Contains(k.Key)).Select(k => k.Value);
            if (kinds.Contains("integer") || kinds.Contains("number"))
            {
                wrongValues = wrongValues.Concat(OutOfRangeNumbers);
            }

            foreach (var value in wrongValues)
            {
                yield return ($"{property} = {value}", With(baseline, property, value), json, null);
            }

            if (kinds.Contains("string") || kinds.Contains("array") || kinds.Contains("object"))
            {
                foreach (var text in HostileStrings)
                {
                    var value = kinds.Contains("string") ? $"\"{text}\"" : kinds.Contains("array") ? $"[\"{text}\"]" : $"{{\"{text}\":\"{text}\"}}";
                    yield return ($"{property} hostile string", With(baseline, property, value), json, null);
                }

                var (open, close) = kinds.Contains("string") ? ("\"", "\"") : ("[\"", "\"]");
                yield return ($"{property} invalid UTF-8", [.. Encoding.UTF8.GetBytes($"{{\"{property}\":{open}"), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(close + "}")], json, null);
            }
        }
    }

    /// <summary>The baseline body with one property's JSON text replaced (the rest of the body kept as it was).</summary>
    private static byte[]? With(byte[]? baseline, string property, string jsonValue)
    {
        var body = JsonNode.Parse(baseline is { Length: > 0 } ? baseline : "{}"u8.ToArray())!.AsObject();
        body.Remove(property);
        var text = body.ToJsonString();
        var separator = body.Count == 0 ? string.Empty : ",";
        return Encoding.UTF8.GetBytes($"{{\"{property}\":{jsonValue}{separator}{text[1..]}");
    }

    /// <summary>
    /// A body the operation accepts that changes nothing the test checks: a no-op settings patch, a deploy of a scratch
    /// function, a scratch variable, a new service.
    /// </summary>
    private static byte[]? Baseline(FuzzOperation operation) => (operation.Method, operation.Template) switch
    {
        ("POST", "/api/services") => "{\"name\":\"fuzz-created\"}"u8.ToArray(),
        (_, "/api/services/{service}/settings") when operation.HasJsonBody => "{}"u8.ToArray(),
        ("PUT", "/api/services/{service}/functions/{path}") => "{\"source\":\"return 1;\",\"visibility\":\"public\"}"u8.ToArray(),
        ("PUT", "/api/services/{service}/environment/{name}") => "{\"value\":\"v\"}"u8.ToArray(),
        ("POST", "/api/services/{service}/run") => "{\"source\":\"return 1;\",\"event\":{\"a\":\"b\"}}"u8.ToArray(),
        _ when IsAssetUpload(operation) => "asset bytes"u8.ToArray(),
        _ when operation.HasJsonBody => "{}"u8.ToArray(),
        _ => null,
    };

    private static bool IsAssetUpload(FuzzOperation operation) => operation is { Method: "PUT", Template: "/api/services/{service}/assets/{path}" };

    private IEnumerable<(string Name, string? Authorization)> AuthVariants() =>
    [
        ("admin key", "Bearer " + keys.Admin),
        ("service key", "Bearer " + keys.Main),
        ("none", null),
        ("wrong scheme", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + keys.Admin))),
        ("garbage", "Bearer \0\r\n\u001b[31m\ud800"),
        ("very long", "Bearer " + new string('k', 64 * 1024)),
        ("another service's key", "Bearer " + keys.Other),
        ("empty bearer", "Bearer "),
        ("lower-case scheme", "bearer " + keys.Main),
        ("key with spaces", "Bearer  " + keys.Main + " "),
    ];

    private string AnyValidKey() => "Bearer " + (_random.Next(2) == 0 ? keys.Admin : keys.Main);

    /// <summary>The operation's path with valid values, one parameter optionally replaced by a hostile one.</summary>
    private static string ValidPath(FuzzOperation operation, string? hostileParameter = null, string? hostileValue = null)
    {
        var path = operation.Template;
        foreach (var parameter in operation.PathParameters)
        {
            var value = parameter == hostileParameter ? hostileValue! : ValidValue(operation, parameter);
            path = path.Replace("{" + parameter + "}", value, StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>Deleting a service or rotating its key (repeatedly) ends its key: aimed at the scratch service only.</summary>
    private static bool RemovesAccess(FuzzOperation operation) =>
        operation is { Method: "DELETE", Template: "/api/services/{service}" } or { Method: "POST", Template: "/api/services/{service}/keys/rotate" };

    private static string ValidValue(FuzzOperation operation, string parameter) => parameter switch
    {
        "service" when RemovesAccess(operation) => ScratchService,
        "service" => MainService,
        "path" when operation.Template.Contains("/assets/", StringComparison.Ordinal) => "scratch/file.txt",
        "path" when operation.Method == "GET" => "pub",
        "path" when operation.Method == "POST" => "scratch/fn/versions/1/activate",
        "path" => "scratch/fn",
        "name" => "SCRATCH_VAR",
        _ => "x",
    };

    private FuzzRequest Build(
        string name,
        FuzzOperation operation,
        string path,
        string query,
        string? authorization,
        byte[]? body,
        string? contentType,
        bool decoded = false,
        KeyValuePair<string, string>? extra = null,
        long? contentLength = null,
        bool explicitLength = false)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (authorization is not null)
        {
            headers.Add(new("Authorization", authorization));
        }

        if (extra is { } header)
        {
            headers.Add(header);
        }

        var request = Request(name, operation.Method, path, decoded, query, headers, body, contentType);
        if (explicitLength)
        {
            request = request with { ContentLength = contentLength == -1 ? null : contentLength ?? body?.Length };
        }

        return request;
    }

    private static FuzzRequest Request(string name, string method, string path, bool decoded, string query, IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, string? contentType)
    {
        var all = contentType is null ? headers : [.. headers, new("Content-Type", contentType)];
        return new FuzzRequest(name, method, path, decoded, query, all, body, body?.Length);
    }
}
