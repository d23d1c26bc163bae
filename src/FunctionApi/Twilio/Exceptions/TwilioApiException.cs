using System.Globalization;
using System.Text.Json;
using Twilio.Rest.Internal;

namespace Twilio.Exceptions;

/// <summary>
/// Twilio refused a request: its error JSON (<c>code</c>, <c>message</c>, <c>more_info</c>, <c>status</c>), or for an
/// answer without it, the HTTP status and what could be read of the body.
/// </summary>
public sealed class TwilioApiException : Exception
{
    private const int MaxQuotedBody = 300;

    /// <summary>Creates the exception from the parts of Twilio's error JSON.</summary>
    /// <param name="code">Twilio's error code, e.g. 21211 (invalid To number); null when the answer had none.</param>
    /// <param name="message">Twilio's description of the error.</param>
    /// <param name="moreInfo">The URL of Twilio's page about the error code.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="innerException">What made the answer unreadable, if anything.</param>
    public TwilioApiException(int? code, string message, string? moreInfo, int status, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        MoreInfo = moreInfo;
        Status = status;
    }

    /// <summary>Creates the exception with a message only (status 0).</summary>
    public TwilioApiException()
        : this(null, "The Twilio API refused the request.", null, 0)
    {
    }

    /// <summary>Creates the exception with a message only (status 0).</summary>
    /// <param name="message">The description of the error.</param>
    public TwilioApiException(string message)
        : this(null, message, null, 0)
    {
    }

    /// <summary>Creates the exception with a message and inner exception (status 0).</summary>
    /// <param name="message">The description of the error.</param>
    /// <param name="innerException">The cause.</param>
    public TwilioApiException(string message, Exception innerException)
        : this(null, message, null, 0, innerException)
    {
    }

    /// <summary>Twilio's error code (see https://www.twilio.com/docs/api/errors); null when the answer carried none.</summary>
    public int? Code { get; }

    /// <summary>The URL of Twilio's documentation for <see cref="Code"/>.</summary>
    public string? MoreInfo { get; }

    /// <summary>The HTTP status, as Twilio's error JSON gives it (else the response's).</summary>
    public int Status { get; }

    /// <summary>Reads a non-2xx answer: Twilio's error JSON if present, else an RFC 9457 problem's detail, else the body.</summary>
    internal static TwilioApiException FromResponse(int httpStatus, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var error = document.RootElement;
            if (error.ValueKind == JsonValueKind.Object)
            {
                var message = error.String("message") ?? error.String("detail") ?? error.String("title");
                if (message is not null)
                {
                    return new TwilioApiException(error.Int("code"), message, error.String("more_info"), error.Int("status") ?? httpStatus);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): fall through and quote it.
        }

        var quoted = body.Length > MaxQuotedBody ? body[..MaxQuotedBody] + "..." : body;
        return new TwilioApiException(
            null,
            string.Create(CultureInfo.InvariantCulture, $"The Twilio API answered HTTP {httpStatus}: {quoted}"),
            null,
            httpStatus);
    }
}
