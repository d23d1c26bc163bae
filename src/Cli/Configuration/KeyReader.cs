using System.Text;
using ScriptHost.Cli.Hosting;

namespace ScriptHost.Cli.Configuration;

/// <summary>
/// Reads the key <c>scripthost login</c> checks and stores: one line of stdin with <c>--key-stdin</c> (CI, a pipe),
/// else a prompt on a terminal that echoes nothing, so the key never lands on screen or in a scrollback.
/// </summary>
internal static class KeyReader
{
    public static async Task<string> ReadAsync(bool fromStdin, TextWriter prompt, CancellationToken cancellationToken)
    {
        var key = fromStdin ? await Console.In.ReadLineAsync(cancellationToken) : await PromptAsync(prompt, cancellationToken);
        return string.IsNullOrWhiteSpace(key)
            ? throw new CliException(fromStdin ? "no key on stdin: pipe one line holding the key." : "no key entered.")
            : key.Trim();
    }

    private static async Task<string> PromptAsync(TextWriter prompt, CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            throw new CliException("stdin is not a terminal, so the key cannot be asked for: pass --key-stdin to read it from stdin.", ExitCodes.Usage);
        }

        prompt.Write("Key (input hidden): ");
        var key = new StringBuilder();
        while (true)
        {
            // ReadKey would block past ctrl+C (which only cancels the token): wait for a key while watching the token.
            while (!Console.KeyAvailable)
            {
                await Task.Delay(20, cancellationToken);
            }

            var pressed = Console.ReadKey(intercept: true);
            if (pressed.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (pressed.Key == ConsoleKey.Backspace)
            {
                key.Length = Math.Max(0, key.Length - 1);
            }
            else if (!char.IsControl(pressed.KeyChar))
            {
                key.Append(pressed.KeyChar);
            }
        }

        prompt.WriteLine();
        return key.ToString();
    }
}
