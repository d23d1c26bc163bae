using System.ComponentModel.DataAnnotations;
using ScriptHost.Sandbox.Guards;

namespace ScriptHost.Configuration;

/// <summary>
/// The server's settings, bound from the <c>ScriptHost</c> section of appsettings.json and from environment variables
/// (<c>ScriptHost__DataPath</c>, <c>ScriptHost__AdminKey</c>, ...). Validated at start-up.
/// </summary>
public sealed class ScriptHostOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "ScriptHost";

    /// <summary>The LiteDB file holding everything the host stores.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataPath { get; set; } = "./data/scripthost.db";

    /// <summary>The admin key. When unset, the first start generates one, prints it once and stores only its hash.</summary>
    [MinLength(16, ErrorMessage = "ScriptHost:AdminKey must be at least 16 characters.")]
    public string? AdminKey { get; set; }

    /// <summary>
    /// How long a key rotated out (a service's or the admin's) keeps working beside its replacement, so clients can
    /// move over without an outage. 0: it stops at once. Only the latest rotated-out key is kept.
    /// </summary>
    [Range(0, MaxKeyRotationGraceSeconds, ErrorMessage = "ScriptHost:KeyRotationGraceSeconds must be between 0 (the old key stops at once) and 2592000 (30 days).")]
    public int KeyRotationGraceSeconds { get; set; } = 3600;

    /// <summary>The longest grace a rotated-out key may have: 30 days; a leaked key should not outlive its rotation by more.</summary>
    public const int MaxKeyRotationGraceSeconds = 30 * 24 * 3600;

    /// <summary>
    /// The public base URL functions are reached at (e.g. https://functions.example.com) — what Twilio signed. When
    /// unset, the request's own scheme and host are used (after trusted forwarded headers, if any).
    /// </summary>
    [Url(ErrorMessage = "ScriptHost:PublicBaseUrl must be an absolute http(s) URL.")]
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// The DNS name environments are also served under by host (e.g. <c>fn.example.com</c>): production of a service at
    /// <c>{service}.fn.example.com</c>, its other environments at <c>{service}-{environment}.fn.example.com</c> (see
    /// <see cref="Storage.Validation.HostLabel"/>). Unset: only the path form <c>/{service}@{environment}/</c> serves them.
    /// A wildcard DNS record and certificate for <c>*.{suffix}</c> point at this server.
    /// </summary>
    [RegularExpression(
        @"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$",
        ErrorMessage = "ScriptHost:EnvironmentHostSuffix must be a lower-case DNS name such as fn.example.com: no scheme, port, path or leading dot.")]
    public string? EnvironmentHostSuffix { get; set; }

    /// <summary>Proxies (IP addresses) whose X-Forwarded-* headers are trusted. Empty: none are.</summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>Largest accepted request body for a function or an API call.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Largest build bundle (<c>POST /api/services/{service}/builds</c>): its sources, shared code and base64 asset
    /// contents together. 413 beyond.
    /// </summary>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxBundleBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Longest a compile may take; answered 422 at the limit.</summary>
    [Range(100, 120_000)]
    public int CompileTimeoutMs { get; set; } = 10_000;

    /// <summary>Default wall-time limit of an invocation.</summary>
    [Range(100, 300_000)]
    public int DefaultTimeoutMs { get; set; } = 10_000;

    /// <summary>Largest wall-time limit a function may ask for.</summary>
    [Range(100, 300_000)]
    public int MaxTimeoutMs { get; set; } = 60_000;

    /// <summary>Default allocation budget of an invocation.</summary>
    [Range(1, 4096)]
    public int DefaultMemoryMb { get; set; } = 64;

    /// <summary>Largest allocation budget a function may ask for.</summary>
    [Range(1, 4096)]
    public int MaxMemoryMb { get; set; } = 512;

    /// <summary>
    /// Largest output of one invocation: its response body and headers, and its log lines, together. It is the
    /// invocation's output budget; rendering stops as soon as it is passed.
    /// </summary>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most compiled functions kept loaded.</summary>
    [Range(1, 1_000_000)]
    public int CompiledCacheEntries { get; set; } = 2_000;

    /// <summary>How long logs and invocation records are kept.</summary>
    [Range(1, 3650)]
    public int LogRetentionDays { get; set; } = 30;

    /// <summary>Most log lines one invocation keeps.</summary>
    [Range(1, 10_000)]
    public int MaxLogLinesPerInvocation { get; set; } = 100;

    /// <summary>
    /// Compile a trivial script in the background at start-up so the first deploy does not pay Roslyn's JIT (~1 s).
    /// The warm-up competes for the CPU with the first requests after a restart.
    /// </summary>
    public bool WarmUpCompiler { get; set; } = true;

    /// <summary>
    /// Where functions run: <c>Process</c> (the default: worker processes, confined by bubblewrap and cgroups where the
    /// host has them) or <c>InProcess</c> (the host process, in-process guards only: trusted code, highest speed). The
    /// admin may also run single services in-process (their <c>runInProcess</c> setting).
    /// </summary>
    public IsolationMode Isolation { get; set; } = IsolationMode.Process;

    /// <summary>
    /// Host names every service's functions may call besides their own allowlist: Twilio's, which the Twilio library
    /// addresses as <c>{product}.twilio.com</c> (api, verify, lookups, conversations, ...) and, with an edge and region,
    /// <c>{product}.{edge}.{region}.twilio.com</c>.
    /// </summary>
    public IList<string> DefaultEgressHosts { get; } = ["*.twilio.com"];

    /// <summary>Limits for a function: its own overrides within the host's ceilings, else the host's defaults.</summary>
    public InvocationLimits LimitsFor(int? timeoutMs, int? memoryMb) => new()
    {
        WallTime = TimeSpan.FromMilliseconds(Math.Min(timeoutMs ?? DefaultTimeoutMs, MaxTimeoutMs)),
        MemoryBytes = (long)Math.Min(memoryMb ?? DefaultMemoryMb, MaxMemoryMb) * 1024 * 1024,
        MaxOutputBytes = MaxResponseBytes,
    };
}
