using System.Text;

namespace ScriptHost.Worker.HostApis;

/// <summary>
/// Strings cross the channel as UTF-8, which cannot carry a lone surrogate (it would arrive as U+FFFD). A store key
/// or value must arrive exactly as written, so one that would change is refused here, as the store refuses it
/// in-process: with an <see cref="ArgumentException"/>.
/// </summary>
internal static class WireText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string RequireExact(string text, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        try
        {
            _ = Strict.GetByteCount(text);
            return text;
        }
        catch (EncoderFallbackException)
        {
            throw new ArgumentException("The text contains a lone surrogate (half of a UTF-16 pair), which the store cannot keep.", parameterName);
        }
    }
}
