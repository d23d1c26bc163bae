namespace ScriptHost.Api.Contracts.WebhookTesting;

/// <summary>
/// The body of <c>POST .../environments/{env}/twilio-signature</c>: the request about to be sent to one of the
/// service's functions. <c>path</c> is the function's path (<c>/sms</c>; a query string may follow), <c>method</c>
/// GET or POST; <c>parameters</c> are the form fields of a POST (a GET's go into the query string), <c>json</c> the
/// exact text of a JSON body instead.
/// </summary>
public sealed record TwilioSignatureRequest(string? Path, string? Method, Dictionary<string, string>? Parameters, string? Json);

/// <summary>
/// What to send: call <c>path</c> (same origin; it carries any query string the signature covers, <c>bodySHA256</c>
/// for a JSON body) with the header <c>X-Twilio-Signature: {signature}</c>. <c>url</c> is the public URL that was
/// signed, as the invocation's check will rebuild it.
/// </summary>
public sealed record TwilioSignatureDto(string Url, string Path, string Signature);
