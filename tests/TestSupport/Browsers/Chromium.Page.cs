using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace ScriptHost.TestSupport.Browsers;

public sealed partial class Chromium
{
    /// <summary>How long a page may take to show what a test waits for (a compile or a deploy on a busy CI machine included).</summary>
    public static readonly TimeSpan PatienceForPages = TimeSpan.FromSeconds(60);

    /// <summary>The CSS selector of the element with <c>data-testid="<paramref name="testId"/>"</c>, then <paramref name="more"/> (attribute filters).</summary>
    public static string TestId(string testId, string more = "") => $"[data-testid='{testId}']{more}";

    /// <summary>The visible element <paramref name="testId"/> (then <paramref name="more"/>), once the page shows it.</summary>
    public IWebElement Element(string testId, string more = "") =>
        WaitUntil(driver => driver.FindElements(By.CssSelector(TestId(testId, more))).FirstOrDefault(e => e.Displayed), $"{TestId(testId, more)} to show");

    /// <summary>Waits until <paramref name="condition"/> answers something (non-null, or true), saying <paramref name="what"/> when it never does.</summary>
    public T WaitUntil<T>(Func<IWebDriver, T?> condition, string what, TimeSpan? timeout = null)
    {
        var wait = new WebDriverWait(Driver, timeout ?? PatienceForPages) { PollingInterval = TimeSpan.FromMilliseconds(100), Message = $"Waited for {what}" };
        // A page re-rendering between the find and the read is not a failure: the next poll reads the new element.
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        return wait.Until(driver => condition(driver))!;
    }

    /// <summary>Waits until the text of <paramref name="testId"/> satisfies <paramref name="accept"/>; returns that text.</summary>
    public string WaitForText(string testId, Func<string, bool> accept, string what) =>
        WaitUntil(driver => driver.FindElements(By.CssSelector(TestId(testId))).Select(e => e.Text).FirstOrDefault(accept), $"{TestId(testId)} to show {what}");

    /// <summary>Clears the input <paramref name="testId"/> and types <paramref name="text"/> into it.</summary>
    public void Fill(string testId, string text)
    {
        var input = Element(testId);
        input.Clear();
        input.SendKeys(text);
    }

    public void Click(string testId, string more = "") => Element(testId, more).Click();
}
