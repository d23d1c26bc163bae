namespace ScriptHost.Egress;

/// <summary>Bounds on one outbound call made by a function.</summary>
internal sealed record EgressLimits
{
    /// <summary>The limits used unless the host configures others.</summary>
    public static EgressLimits Default { get; } = new();

    /// <summary>Redirects followed before the call is refused.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>
    /// Longest a single call (all its redirects and its body included) may take. The invocation's own time limit
    /// usually ends it sooner; this cap keeps one call from consuming a long invocation's whole budget.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body read (after decompression).</summary>
    public int MaxResponseBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Largest request body sent (UTF-8 bytes).</summary>
    public int MaxRequestBytes { get; init; } = 4 * 1024 * 1024;
}
