using System.Text.Json;

namespace ScriptHost.TestSupport.Browsers;

public sealed partial class Chromium
{
    /// <summary>
    /// Lets pages of <paramref name="origin"/> read and write the clipboard without a prompt (headless has no one to
    /// click it), so a test can read back what a "Copy" button wrote.
    /// </summary>
    public void GrantClipboardAccess(Uri origin) =>
        Driver.ExecuteCdpCommand("Browser.grantPermissions", new Dictionary<string, object?>
        {
            ["origin"] = origin.GetLeftPart(UriPartial.Authority),
            ["permissions"] = new[] { "clipboardReadWrite", "clipboardSanitizedWrite" },
        });

    /// <summary>The clipboard's text, read by the current page through <c>navigator.clipboard</c>.</summary>
    public string ReadClipboard() => RunClipboardScript("navigator.clipboard.readText()");

    /// <summary>Writes <paramref name="text"/> to the clipboard through the current page, as a page's own button would.</summary>
    public void WriteClipboard(string text) =>
        RunClipboardScript($"navigator.clipboard.writeText({JsonSerializer.Serialize(text)}).then(() => '')");

    // The promise is settled in the page; a rejection (no permission, page not focused) comes back as the test's error.
    private string RunClipboardScript(string promise)
    {
        var result = Driver.ExecuteAsyncScript($$"""
            const done = arguments[arguments.length - 1];
            {{promise}}.then(text => done({ text }), error => done({ error: String(error) }));
            """) as IDictionary<string, object>
            ?? throw new InvalidOperationException("The clipboard script answered nothing.");
        return result.TryGetValue("error", out var error)
            ? throw new InvalidOperationException($"The page could not use the clipboard: {error}")
            : (string)result["text"];
    }
}
