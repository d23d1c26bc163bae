using System.Text;
using ScriptHost.Sandbox.Guards;

namespace ScriptHost.Sandbox.Invocation;

/// <summary>
/// The renderer when the caller gives none: keeps the value as returned, charging text and bytes (UTF-8 on the wire)
/// to the output budget. For callers that inspect the value themselves, such as tests and benchmarks.
/// </summary>
public sealed class PassThroughRenderer : IResultRenderer
{
    /// <summary>The one instance (it holds no state).</summary>
    public static PassThroughRenderer Instance { get; } = new();

    private PassThroughRenderer()
    {
    }

    /// <inheritdoc />
    public object? Render(object? value, InvocationBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        budget.ChargeOutput(value switch
        {
            string text => Encoding.UTF8.GetByteCount(text),
            byte[] bytes => bytes.LongLength,
            _ => 0,
        });
        return value;
    }
}
