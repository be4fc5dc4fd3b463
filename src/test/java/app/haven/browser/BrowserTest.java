package app.haven.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for journeys in a real headless Chromium (Debian's chromium and chromedriver; nothing downloaded).
 * Gives the page under test, sign-in, an axe-core WCAG 2.2 AA check, and a screenshot under
 * {@code target/screenshots} when a test fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1024;
    private static final String REGION = "region";
    private static final AxeRunOptions WCAG_22_AA_AND_REGION = wcag22AaAndRegion();

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = this::screenshotIfFailed;

    /**
     * One Chromium serves every journey in the JVM (starting one costs seconds, far more on a loaded machine): each
     * class starts from a clean one (see {@link #freshStart()}), and the JVM's shutdown quits it.
     */
    @BeforeAll
    static void startBrowser() {
        if (browser != null) {
            try {
                freshStart();
                return;
            } catch (WebDriverException crashed) {
                browser.quit();
            }
        }
        browser = launch();
        WebDriver started = browser;
        Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
    }

    private static WebDriver launch() {
        assertThat(CHROMIUM)
                .as("Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium"
                        + " chromium-driver (.ci/run does this)")
                .exists();
        assertThat(CHROMEDRIVER).exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium tries to reach the internet, which is closed here.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Undoes what an earlier class may have left: its cookies (a session, perhaps on another test server on the same
     * host), scripts switched off, a phone-sized window, and its page.
     */
    private static void freshStart() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.get("about:blank");
        if (!browser.manage().window().getSize().equals(new Dimension(WIDTH, HEIGHT))) {
            browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected void signIn(String email, String password) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main button[type=submit]"));
    }

    protected void signOut() {
        clickAndWaitForNextPage(By.cssSelector("form[action='/logout'] button"));
    }

    /** Clicks a link or button and waits until the browser has replaced the page, so nothing reads the old one. */
    protected void clickAndWaitForNextPage(By target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> isGone(oldPage));
    }

    /**
     * Whether an element belongs to a page the browser has left. Chromium reports this either as a stale
     * element or, while the new document is being attached, as "node does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    protected String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /**
     * Runs axe-core on the current page and fails with every WCAG 2.2 AA violation it finds, and with any content
     * outside a landmark (axe's best-practice rule "region": a screen reader user moving by landmarks would miss it).
     * One run checks both: the WCAG tags, with "region" switched on beside them (axe runs a rule enabled in
     * {@code rules} whatever {@code runOnly}'s tags say). It runs in the page itself (axe's "legacy" mode, which Haven's
     * pages without frames lose nothing by) rather than finishing in a second blank window, and only violations are
     * collected in full: the same findings for a fraction of the browser's work.
     */
    protected void assertAccessible() {
        Results results = new AxeBuilder()
                .withOptions(WCAG_22_AA_AND_REGION)
                .setLegacyMode(true)
                .analyze(browser);
        assertThat(results.isErrored())
                .as("axe could not run on %s: %s", browser.getCurrentUrl(), results.getErrorMessage())
                .isFalse();
        Map<Boolean, List<Rule>> byRegion = results.getViolations().stream()
                .collect(Collectors.partitioningBy(rule -> REGION.equals(rule.getId())));
        assertThat(byRegion.get(false))
                .as("axe WCAG 2.2 AA violations on %s:%n%s", browser.getCurrentUrl(), describe(byRegion.get(false)))
                .isEmpty();
        assertThat(byRegion.get(true))
                .as("content outside landmarks on %s:%n%s", browser.getCurrentUrl(), describe(byRegion.get(true)))
                .isEmpty();
    }

    /** axe's options: the WCAG 2.2 AA tags plus the "region" rule, collecting only violations in full. */
    private static AxeRunOptions wcag22AaAndRegion() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_22_AA);
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setRules(Map.of(REGION, on));
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /**
     * Fails when the current page scrolls sideways at its width (a phone is 375 px wide): the document must be no
     * wider than the window, so wide tables scroll inside their own box instead.
     */
    protected void assertNoSidewaysScroll() {
        Object widths = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        List<?> pair = (List<?>) widths;
        Object widest = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("const w = document.documentElement.clientWidth;"
                        + " return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                        + " + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ');");
        assertThat(((Number) pair.get(0)).longValue())
                .as("document width at %s px on %s (too wide: %s)", pair.get(1), browser.getCurrentUrl(), widest)
                .isLessThanOrEqualTo(((Number) pair.get(1)).longValue());
    }

    /** Sets the browser's viewport width (375 for a phone), keeping a tall window. */
    protected void resizeTo(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private void screenshotIfFailed(ExtensionContext context) throws Exception {
        if (context.getExecutionException().isEmpty() || browser == null) {
            return;
        }
        Path directory = Path.of(System.getProperty("haven.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName() + ".png";
        Files.write(directory.resolve(name), png);
    }
}
