using ScriptHost.Functions;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>One request the client sent to Prism and what Prism answered.</summary>
/// <param name="Request">The request as the client built it.</param>
/// <param name="Spec">The spec of the Prism that answered.</param>
/// <param name="SentBody">The body as sent to Prism (array fields bracketed).</param>
/// <param name="Status">Prism's HTTP status.</param>
/// <param name="Body">Prism's answer.</param>
/// <param name="Violations">Prism's <c>sl-violations</c> header, if any.</param>
internal sealed record PrismExchange(HttpCall Request, TwilioSpec Spec, string? SentBody, int Status, string Body, string? Violations);
