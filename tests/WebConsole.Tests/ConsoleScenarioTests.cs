using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using ScriptHost.TestSupport;
using ScriptHost.TestSupport.Browsers;
using ScriptHost.WebConsole.Tests.Support;
using Xunit.Abstractions;

namespace ScriptHost.WebConsole.Tests;

/// <summary>
/// Issue 13's path through the console, in a real headless Chromium against the real server process, as a new user
/// takes it: sign in with the admin key, create a service, set its Twilio token, create a function from the SMS
/// auto-reply template, see a policy squiggle at the right line, accept a completion, deploy with Ctrl+S, copy the URL,
/// test it as Twilio and see its log line (in the test panel and in the live tail), deploy a second version and roll
/// back to the first. A screenshot after each view; no browser console errors at any step.
/// </summary>
public sealed class ConsoleScenarioTests(ServerAndBrowser fixture, ITestOutputHelper output) : IClassFixture<ServerAndBrowser>
{
    private const string Service = "demo";
    private const string FunctionPath = "/sms";
    private const string AuthToken = "console-test-auth-token-0123456789";
    private const string RefusedLine = "var secrets = System.IO.File.ReadAllText(\"/etc/passwd\");";

    [ChromiumFact]
    public async Task Console_NewUserPath_BuildsTestsDeploysAndRollsBackAnSmsAutoReply()
    {
        var (server, browser, _) = await fixture.StartAsync();
        browser.GrantClipboardAccess(server.BaseAddress);
        var editor = new MonacoEditor(browser, Chromium.TestId("editor"));

        try
        {
            SignInWithTheAdminKey(browser, server.BaseAddress);
            CreateTheService(browser);
            SetTheTwilioToken(browser);
            CreateFromTheSmsTemplate(browser);
            var refusedAt = SeeThePolicySquiggle(browser, editor);
            AcceptACompletion(browser, editor, refusedAt);
            SaveAndSee(browser, editor, "Deployed v1");
            CopyTheUrl(browser, server.BaseAddress);
            var invocation = TestAsTwilio(browser, expectedBody: "opening hours");
            await SeeTheLogLineInTheTailAsync(browser, server, invocation);
            DeployASecondVersion(browser, editor);
            RollBackToTheFirst(browser);
        }
        catch
        {
            // What the page showed when a step gave up: the first thing to look at in a CI failure.
            browser.Screenshot("scenario-failure", output);
            throw;
        }
    }

    [ChromiumFact]
    public async Task SignIn_WrongKey_ShowsTheProblemsTitleAndDetail()
    {
        var (server, browser, _) = await fixture.StartAsync();
        OpenSignedOut(browser, server.BaseAddress);

        browser.Fill("sign-in-key", "not-a-key-of-this-server-0123456789");
        browser.Click("sign-in-button");

        var shown = browser.WaitForText("sign-in-status", text => text.Contains("Unauthorized", StringComparison.OrdinalIgnoreCase), "the 401 problem's title");
        Assert.Contains("key", shown, StringComparison.OrdinalIgnoreCase); // its detail says what was wrong
        AssertNoConsoleErrors(browser, allow401: true);
    }

    /// <summary>The console's sign-in page with no key in the session (the tests of this class share one browser).</summary>
    private static void OpenSignedOut(Chromium browser, Uri baseAddress)
    {
        browser.Open(new Uri(baseAddress, "/console"));
        Assert.EndsWith("/console/", browser.Driver.Url, StringComparison.Ordinal);
        browser.Driver.ExecuteScript("sessionStorage.clear();");
        browser.Driver.Navigate().Refresh();
        browser.Element("sign-in-key");
        browser.ReadConsole(); // what an earlier test left in the log is that test's
    }

    private void SignInWithTheAdminKey(Chromium browser, Uri baseAddress)
    {
        OpenSignedOut(browser, baseAddress);
        browser.Screenshot("sign-in", output);
        browser.Fill("sign-in-key", TestKeys.Admin);
        browser.Click("sign-in-button");
        browser.Element("service-list");
        AssertNoConsoleErrors(browser);
    }

    private void CreateTheService(Chromium browser)
    {
        browser.Fill("create-service-name", Service);
        browser.Click("create-service-button");
        Assert.False(string.IsNullOrEmpty(browser.Element("created-service-key").GetDomProperty("value")), "The new service's key is shown once.");
        browser.Driver.FindElement(By.CssSelector(Chromium.TestId("created-service-dialog") + " button.primary")).Click();
        browser.Click("service-item", $"[data-service='{Service}']");
        browser.Element("new-function");
        browser.Screenshot("service", output);
        AssertNoConsoleErrors(browser);
    }

    private void SetTheTwilioToken(Chromium browser)
    {
        browser.Click("nav-variables");
        browser.Fill("variable-name", "TWILIO_AUTH_TOKEN");
        browser.Fill("variable-value", AuthToken);
        Assert.True(browser.Element("variable-secret").Selected, "A new variable is secret unless unticked.");
        browser.Click("variable-save");
        var row = browser.Element("variable-row", "[data-name='TWILIO_AUTH_TOKEN']");
        Assert.DoesNotContain(AuthToken, row.Text, StringComparison.Ordinal);
        browser.Screenshot("variables", output);
        AssertNoConsoleErrors(browser);
    }

    private void CreateFromTheSmsTemplate(Chromium browser)
    {
        browser.Click("nav-code");
        browser.Click("new-function");
        browser.Click("template-item", "[data-name='sms-auto-reply']");
        browser.Screenshot("templates", output);
        browser.Fill("new-function-path", FunctionPath);
        browser.Click("create-function");
        browser.Element("editor-tab", $"[data-path='{FunctionPath}']");
        AssertNoConsoleErrors(browser);
    }

    /// <summary>Pastes a line reading a file above the template's first statement; the Problems list and a squiggle name that line.</summary>
    private int SeeThePolicySquiggle(Chromium browser, MonacoEditor editor)
    {
        var lines = editor.Text().Split('\n');
        var firstStatement = Array.FindIndex(lines, line => line.StartsWith("var business", StringComparison.Ordinal)) + 1;
        Assert.True(firstStatement > 0, "The template's first statement is 'var business = ...'.");

        editor.GoToLine(firstStatement);
        editor.Paste(RefusedLine + "\n");

        var problem = browser.Element("problem-item", $"[data-id='SH0001'][data-line='{firstStatement}']");
        Assert.Contains("System.IO.File", problem.Text, StringComparison.Ordinal);
        browser.WaitUntil(driver => driver.FindElements(By.CssSelector(".monaco-editor .squiggly-error")).Count > 0, "a squiggle under the refused call");
        browser.Screenshot("editor-diagnostics", output);
        AssertNoConsoleErrors(browser);
        return firstStatement;
    }

    /// <summary>Replaces the refused line with a log call typed through the completion list ("Log." then "In", Enter takes Info).</summary>
    private void AcceptACompletion(Chromium browser, MonacoEditor editor, int line)
    {
        // The refused line becomes an empty one, where the author types.
        editor.SelectLine(line);
        editor.Paste("\n");
        editor.GoToLine(line);
        editor.Type("Log.");
        editor.WaitForSuggestion("Info");
        editor.Type("In");
        editor.WaitForSuggestion("Info");
        browser.Screenshot("editor-completion", output);
        editor.Type(Keys.Enter);
        editor.Paste("(\"auto-reply for \" + Event.Get(\"From\"));");

        var text = editor.Text();
        Assert.Contains("Log.Info(\"auto-reply for \" + Event.Get(\"From\"));\nvar business", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.IO.File", text, StringComparison.Ordinal);
        browser.WaitUntil(driver => driver.FindElements(By.CssSelector(Chromium.TestId("problem-item", "[data-severity='error']"))).Count == 0, "the Problems list to hold no error");
        AssertNoConsoleErrors(browser);
    }

    private static void SaveAndSee(Chromium browser, MonacoEditor editor, string status)
    {
        editor.Type(Keys.Control + "s" + Keys.Control);
        browser.WaitForText("status-line", text => text.Contains(status, StringComparison.Ordinal), status);
    }

    private void CopyTheUrl(Chromium browser, Uri baseAddress)
    {
        browser.Click("copy-url");
        var url = new Uri(baseAddress, $"/{Service}{FunctionPath}").ToString();
        browser.WaitUntil(_ => browser.ReadClipboard() is var copied && copied == url ? copied : null, $"{url} on the clipboard");
        AssertNoConsoleErrors(browser);
    }

    /// <summary>Sends the template's default SMS (Body HOURS) signed as Twilio; returns the invocation id the panel shows lines of.</summary>
    private string TestAsTwilio(Chromium browser, string expectedBody)
    {
        browser.Click("side-tab-test");
        var asTwilio = browser.Element("test-as-twilio");
        if (!asTwilio.Selected)
        {
            asTwilio.Click();
        }

        browser.Click("test-send");
        browser.WaitForText("test-response-status", text => text.StartsWith("200", StringComparison.Ordinal), "200");
        var body = browser.WaitForText("test-body", text => text.Contains("<Response>", StringComparison.Ordinal), "TwiML");
        Assert.Contains(expectedBody, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\n", body, StringComparison.Ordinal); // pretty-printed, not one line
        var logLine = browser.WaitForText("test-log-line", text => text.Contains("auto-reply for +1555", StringComparison.Ordinal), "the invocation's log line");
        Assert.Contains("auto-reply for", logLine, StringComparison.Ordinal);
        browser.Screenshot("test-panel", output);
        AssertNoConsoleErrors(browser);
        // The headers sit in a collapsed <details>: read, not shown.
        return browser.Driver.FindElement(By.CssSelector(Chromium.TestId("test-headers"))).GetDomProperty("textContent") ?? string.Empty;
    }

    private async Task SeeTheLogLineInTheTailAsync(Chromium browser, TestSupport.Servers.ServerProcess server, string headers)
    {
        browser.Click("nav-logs");
        var row = browser.Element("log-row", $"[data-function='{FunctionPath}']");
        Assert.Contains("auto-reply for", browser.Element("logs-rows").Text, StringComparison.Ordinal);
        Assert.Contains(row.GetDomAttribute("data-invocation") ?? "(none)", headers, StringComparison.OrdinalIgnoreCase);
        browser.Screenshot("logs", output);

        browser.ResizeViewport(390, 844);
        browser.Element("logs-rows");
        browser.Screenshot("logs-phone", output);
        browser.ResizeViewport(Chromium.Width, Chromium.Height);

        // The same line, as the API has it: the tail showed what was journaled.
        using var admin = server.CreateClient(TestKeys.Admin);
        var logs = await admin.GetFromJsonAsync<JsonElement>($"/api/services/{Service}/logs?function={Uri.EscapeDataString(FunctionPath)}");
        Assert.Contains(logs.EnumerateArray(), entry => entry.GetProperty("message").GetString()!.Contains("auto-reply for", StringComparison.Ordinal));
        AssertNoConsoleErrors(browser);
    }

    private void DeployASecondVersion(Chromium browser, MonacoEditor editor)
    {
        browser.Click("nav-code");
        browser.Click("editor-tab", $"[data-path='{FunctionPath}']");
        var text = editor.Text();
        var line = Array.FindIndex(text.Split('\n'), l => l.StartsWith("Log.Info(\"auto-reply for", StringComparison.Ordinal)) + 1;
        editor.SelectLine(line);
        editor.Paste("Log.Info(\"second version for \" + Event.Get(\"From\"));\n");
        SaveAndSee(browser, editor, "Deployed v2");
        TestAsTwilioExpectingLog(browser, "second version for");
    }

    private void RollBackToTheFirst(Chromium browser)
    {
        browser.Click("side-tab-versions");
        browser.Element("version-item", "[data-version='2']");
        browser.Screenshot("versions", output);
        browser.Click("rollback-button", "[data-version='1']");
        browser.WaitForText("versions-status", text => text.Contains("v1 is live", StringComparison.Ordinal), "the rollback to version 1");
        TestAsTwilioExpectingLog(browser, "auto-reply for");
        AssertNoConsoleErrors(browser);
    }

    private void TestAsTwilioExpectingLog(Chromium browser, string logText)
    {
        browser.Click("side-tab-test");
        browser.Click("test-send");
        browser.WaitForText("test-response-status", text => text.StartsWith("200", StringComparison.Ordinal), "200");
        browser.WaitForText("test-log-line", text => text.Contains(logText, StringComparison.Ordinal), logText);
    }

    /// <summary>No SEVERE browser console entry since the last check; a 401 is the page's own problem when a test signs in wrongly.</summary>
    private static void AssertNoConsoleErrors(Chromium browser, bool allow401 = false) =>
        browser.AssertNoSevereConsoleEntries(except: allow401 ? entry => entry.Message.Contains("401", StringComparison.Ordinal) : null);
}
