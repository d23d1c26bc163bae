using System.Text;
using System.Text.Json.Nodes;
using ScriptHost.Functions.TwilioLibrary;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// Seeded random webhook requests for the signature oracle: unicode, repeated keys, empty values, explicit
/// ports, query strings and JSON bodies. Each request yields three checks (compute, validate, tampered) the host's
/// check and Twilio's Node library must agree on. Requests are signed with <see cref="TwilioWebhookSigner"/>, which the
/// compute checks prove equal to Node's signing.
/// </summary>
internal sealed class SignatureCaseGenerator
{
    private static readonly string[] Hosts = ["mycompany.com", "hooks.example.org", "a.b.c.example.net", "user:secret@example.com", "[::1]", "127.0.0.1"];
    private static readonly string[] Alphabet =
    [
        "a", "b", "Z", "0", "9", "-", "_", ".", "~", " ", "&", "=", "+", "%", "%20", "/", "?", "'", "\"", "<", ">",
        "é", "ü", "ß", "中", "文", "😀", "🎉", "\u00A0", "\u200B", "\n", "\t", "Ω", "ñ",
    ];

    private static readonly string[] KeyPool = ["CallSid", "From", "To", "Body", "Digits", "MediaUrl0", "NumMedia", "AccountSid", "a", "A", "_", "Ünïcödé", "键", "😀key", "key with space"];

    private readonly Random _random;

    public SignatureCaseGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public IReadOnlyList<SignatureCheck> Generate(int formRequests, int jsonRequests)
    {
        var checks = new List<SignatureCheck>();
        for (var index = 0; index < formRequests; index++)
        {
            checks.AddRange(FormRequestChecks(index));
        }

        for (var index = 0; index < jsonRequests; index++)
        {
            checks.AddRange(JsonRequestChecks(index));
        }

        return checks;
    }

    private IEnumerable<SignatureCheck> FormRequestChecks(int index)
    {
        var token = Token();
        var url = Url(withBodyHash: null);
        var parameters = Parameters();
        var name = $"form#{index} {url}";

        yield return SignatureCheck.Compute(name, token, url, parameters);

        // Sign the spelling Twilio might have used (with or without the port), validate the one received.
        var signedUrl = _random.Next(3) switch
        {
            0 => url,
            1 => GeneratedUrlPorts.WithoutPort(url),
            _ => GeneratedUrlPorts.WithDefaultPort(url),
        };
        var signature = TwilioWebhookSigner.Sign(token, signedUrl, parameters);
        yield return SignatureCheck.Validate(name + " signed as " + signedUrl, token, url, parameters, signature, expectedValid: true);

        var tampered = _random.Next(4) switch
        {
            0 when parameters.Count > 0 => SignatureCheck.Validate(name + " changed parameter", token, url, ChangeOneValue(parameters), signature, expectedValid: false),
            1 => SignatureCheck.Validate(name + " changed url", token, ChangeUrl(url), parameters, signature, expectedValid: false),
            2 => SignatureCheck.Validate(name + " added parameter", token, url, [.. parameters, new("Injected", "1")], signature, expectedValid: false),
            _ => SignatureCheck.Validate(name + " wrong token", token, url, parameters, TwilioWebhookSigner.Sign(token + "x", url, parameters), expectedValid: false),
        };
        yield return tampered;
    }

    private IEnumerable<SignatureCheck> JsonRequestChecks(int index)
    {
        var token = Token();
        var body = JsonBody();
        var url = Url(withBodyHash: TwilioWebhookSigner.BodyHash(body));
        var signature = TwilioWebhookSigner.Sign(token, url);
        var name = $"json#{index} {url}";

        yield return SignatureCheck.Compute(name, token, url, null, body);
        yield return SignatureCheck.ValidateWithBody(name, token, url, body, signature, expectedValid: true);
        yield return _random.Next(3) switch
        {
            0 => SignatureCheck.ValidateWithBody(name + " changed body", token, url, body + " ", signature, expectedValid: false),
            1 => SignatureCheck.ValidateWithBody(name + " changed url", token, ChangeUrl(url), body, signature, expectedValid: false),
            _ => SignatureCheck.ValidateWithBody(name + " wrong token", token, url, body, TwilioWebhookSigner.Sign(token + "x", url), expectedValid: false),
        };
    }

    private string Token() => _random.Next(5) == 0 ? Text(1, 12) : Convert.ToHexStringLower(RandomBytes(16));

    private string Url(string? withBodyHash)
    {
        var url = new StringBuilder(_random.Next(4) == 0 ? "HTTPS://" : _random.Next(2) == 0 ? "https://" : "http://");
        url.Append(Pick(Hosts));
        url.Append(_random.Next(5) switch
        {
            0 => ":443",
            1 => ":80",
            2 => ":" + _random.Next(1024, 65536),
            _ => string.Empty,
        });
        for (var segment = _random.Next(4); segment > 0; segment--)
        {
            url.Append('/').Append(Text(1, 8).Replace("?", "", StringComparison.Ordinal).Replace("#", "", StringComparison.Ordinal));
        }

        var query = new List<string>();
        for (var pair = _random.Next(4); pair > 0; pair--)
        {
            query.Add(Uri.EscapeDataString(Text(1, 6)) + "=" + (_random.Next(2) == 0 ? Uri.EscapeDataString(Text(0, 6)) : Word()));
        }

        if (withBodyHash is not null)
        {
            query.Insert(_random.Next(query.Count + 1), "bodySHA256=" + withBodyHash);
        }

        if (query.Count > 0)
        {
            url.Append(url.ToString().EndsWith('/') ? "?" : "/?").Append(string.Join('&', query));
        }

        return url.ToString();
    }

    private List<KeyValuePair<string, string>> Parameters()
    {
        var parameters = new List<KeyValuePair<string, string>>();
        for (var count = _random.Next(9); count > 0; count--)
        {
            var key = _random.Next(3) == 0 ? Text(1, 6) : Pick(KeyPool);
            var value = _random.Next(6) == 0 ? string.Empty : Text(0, 16);
            parameters.Add(new(key, value));
            if (_random.Next(5) == 0)
            {
                // A repeated key, sometimes with a repeated value, as Twilio sends for multi-valued fields.
                parameters.Add(new(key, _random.Next(3) == 0 ? value : Text(0, 8)));
            }
        }

        return parameters;
    }

    private string JsonBody() =>
        new JsonObject { ["text"] = Text(0, 20), ["n"] = _random.Next(), ["nested"] = new JsonObject { ["ok"] = _random.Next(2) == 0 } }.ToJsonString();

    private List<KeyValuePair<string, string>> ChangeOneValue(List<KeyValuePair<string, string>> parameters)
    {
        var changed = new List<KeyValuePair<string, string>>(parameters);
        var position = _random.Next(changed.Count);
        changed[position] = new(changed[position].Key, changed[position].Value + "x");
        return changed;
    }

    private string ChangeUrl(string url) => url.Contains('?', StringComparison.Ordinal)
        ? url.Replace("?", "?tampered=1&", StringComparison.Ordinal)
        : url + "/tampered";

    private string Text(int minLength, int maxLength)
    {
        var text = new StringBuilder();
        for (var length = _random.Next(minLength, maxLength + 1); length > 0; length--)
        {
            text.Append(Pick(Alphabet));
        }

        return text.ToString();
    }

    private string Word() => Pick(["1", "2", "yes", "foo", "bar"]);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }
}
