using System.Diagnostics;
using System.Drawing;
using System.Globalization;
using OpenQA.Selenium.Chrome;
using Xunit.Abstractions;

namespace ScriptHost.TestSupport.Browsers;

/// <summary>
/// A headless Debian chromium driven through Debian's chromedriver (Selenium), set up for tests of pages this server
/// serves: offline (Selenium Manager never runs; every host but loopback fails to resolve, so a page that reaches for
/// a CDN shows a console error), as root (CI), at 1280×800, with the browser console recorded. One per test class
/// (an <c>IClassFixture</c>) is the usual shape: starting one takes a second or two.
/// </summary>
public sealed partial class Chromium : IDisposable
{
    public const int Width = 1280;
    public const int Height = 800;

    private Chromium(ChromeDriver driver, TimeSpan startDuration)
    {
        Driver = driver;
        StartDuration = startDuration;
    }

    /// <summary>The Selenium driver, for what the helpers here do not cover.</summary>
    public ChromeDriver Driver { get; }

    /// <summary>How long chromedriver and chromium took to start and open a session.</summary>
    public TimeSpan StartDuration { get; }

    /// <summary>
    /// Starts the browser. Throws, naming what is missing, where chromium or chromedriver is absent: tests marked
    /// <see cref="ChromiumFactAttribute"/> are skipped there instead, except under CI=true, where they fail here.
    /// </summary>
    public static Chromium Start()
    {
        if (ChromiumPrerequisite.Missing is { } missing)
        {
            throw new InvalidOperationException($"Needs Debian's chromium and chromium-driver: {missing}.");
        }

        // Both paths are given, so Selenium never asks Selenium Manager (which would download a driver or browser); it
        // could not anyway: TestSupport.csproj leaves its binary out (ExcludeAssets="native").
        var service = ChromeDriverService.CreateDefaultService(ChromiumPrerequisite.DriverDirectory, ChromiumPrerequisite.DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;

        var options = new ChromeOptions { BinaryLocation = ChromiumPrerequisite.BrowserPath };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox", // CI runs as root, where chromium refuses to start with its sandbox.
            "--disable-dev-shm-usage", // Containers give /dev/shm 64 MB; chromium then crashes on large pages.
            $"--window-size={Width},{Height}",
            // Only the server under test (loopback) resolves: a CDN, font or analytics fetch fails and is logged.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
            "--no-first-run",
            "--no-default-browser-check");
        options.SetLoggingPreference(OpenQA.Selenium.LogType.Browser, OpenQA.Selenium.LogLevel.All);

        var clock = Stopwatch.StartNew();
        ChromeDriver driver;
        try
        {
            driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        }
        catch
        {
            service.Dispose();
            throw;
        }

        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(10);
        var chromium = new Chromium(driver, clock.Elapsed);
        chromium.ResizeViewport(Width, Height);
        return chromium;
    }

    /// <summary>
    /// Sizes the window so the page itself gets <paramref name="width"/>×<paramref name="height"/> CSS pixels (what a
    /// screenshot shows): headless chromium still subtracts room for its toolbars from the window size.
    /// </summary>
    public void ResizeViewport(int width, int height)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var viewport = (IReadOnlyCollection<object>)Driver.ExecuteScript("return [window.innerWidth, window.innerHeight];")!;
            var (innerWidth, innerHeight) = (Convert.ToInt32(viewport.First(), CultureInfo.InvariantCulture), Convert.ToInt32(viewport.Last(), CultureInfo.InvariantCulture));
            if (innerWidth == width && innerHeight == height)
            {
                return;
            }

            var window = Driver.Manage().Window.Size;
            Driver.Manage().Window.Size = new Size(window.Width + width - innerWidth, window.Height + height - innerHeight);
        }

        throw new InvalidOperationException($"Chromium did not size its viewport to {width}×{height}.");
    }

    /// <summary>Opens <paramref name="url"/> and waits for it to load.</summary>
    public void Open(Uri url) => Driver.Navigate().GoToUrl(url);

    /// <summary>Saves the page as <c>artifacts/console-screenshots/{name}.png</c> at the repository root and names the file in the test output.</summary>
    public string Screenshot(string name, ITestOutputHelper output)
    {
        var path = Path.Combine(RepositoryLayout.Artifacts("console-screenshots"), name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        output.WriteLine($"Screenshot {name}: {path}");
        return path;
    }

    public void Dispose() => Driver.Quit();
}
