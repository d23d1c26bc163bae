using OpenQA.Selenium;

namespace ScriptHost.TestSupport.Browsers;

/// <summary>
/// Typing into, and reading, a Monaco editor on the page the way an author does: keys into its hidden textarea. Monaco
/// closes brackets and quotes as they are typed and commits an open suggestion on Enter, Tab and some punctuation,
/// so anything but a plain word goes in by paste (through the clipboard, which the page must be allowed to use) and
/// the text is read back from the clipboard too: Monaco draws only the lines in view, so the page holds no whole copy.
/// </summary>
public sealed class MonacoEditor(Chromium browser, string containerSelector)
{
    private IWebElement TextArea => browser.WaitUntil(
        driver => driver.FindElements(By.CssSelector($"{containerSelector} .monaco-editor textarea")).FirstOrDefault(),
        $"a Monaco editor in {containerSelector}");

    /// <summary>Puts the caret at the start of 1-based <paramref name="line"/>.</summary>
    public void GoToLine(int line)
    {
        Focus();
        var keys = Keys.Control + Keys.Home + Keys.Control + string.Concat(Enumerable.Repeat(Keys.ArrowDown, line - 1)) + Keys.Home;
        TextArea.SendKeys(keys);
    }

    /// <summary>Selects the whole of 1-based <paramref name="line"/>, its line break included.</summary>
    public void SelectLine(int line)
    {
        GoToLine(line);
        TextArea.SendKeys(Keys.Shift + Keys.ArrowDown + Keys.Shift);
    }

    /// <summary>Types <paramref name="keys"/> as keystrokes (suggestions and auto-closing apply).</summary>
    public void Type(string keys) => TextArea.SendKeys(keys);

    /// <summary>Pastes <paramref name="text"/> at the caret (replacing a selection): no suggestion, no auto-closing.</summary>
    public void Paste(string text)
    {
        browser.WriteClipboard(text);
        Focus();
        TextArea.SendKeys(Keys.Control + "v" + Keys.Control);
    }

    /// <summary>The whole text of the editor (through the clipboard; the caret ends at the end of the text).</summary>
    public string Text()
    {
        Focus();
        TextArea.SendKeys(Keys.Control + "a" + Keys.Control);
        TextArea.SendKeys(Keys.Control + "c" + Keys.Control);
        TextArea.SendKeys(Keys.ArrowRight);
        return browser.ReadClipboard().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The labels of the suggestion widget's rows once it shows one satisfying <paramref name="expected"/>.</summary>
    public IReadOnlyList<string> WaitForSuggestion(string expected) =>
        browser.WaitUntil(
            driver =>
            {
                var labels = driver.FindElements(By.CssSelector(".suggest-widget.visible .monaco-list-row .label-name"))
                    .Select(e => e.Text).ToList();
                return labels.Contains(expected) ? labels : null;
            },
            $"the suggestion widget to offer {expected}");

    /// <summary>Focuses the editor, leaving caret and selection where they are when it already has focus.</summary>
    private void Focus()
    {
        if (browser.Driver.ExecuteScript("return document.activeElement === arguments[0];", TextArea) is true)
        {
            return;
        }

        // Clicking the text area itself is refused (it is 1×1 px under the lines); the lines take the click and focus it.
        browser.Driver.FindElement(By.CssSelector($"{containerSelector} .monaco-editor .view-lines")).Click();
    }
}
