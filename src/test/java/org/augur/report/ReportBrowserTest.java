package org.augur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.json.Json;
import javax.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.augur.testing.Cli;
import org.augur.testing.Corpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The report in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver (both by path: Selenium Manager downloads nothing). Runs the real CLI (CoreNLP loads once
 * per test JVM) on the seed corpus, on the seed with a hostile article and, when ../shared is there, on
 * the dev corpus; each report must load with no console error and no network request, draw every chart,
 * filter and page its table, and show hostile titles as text. Skipped, saying so, without Chromium.
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path DEV = Path.of("../shared/data/eval/dev/corpus");
    private static final List<String> CHARTS = List.of("chart-certainty", "chart-predictors", "chart-actors",
            "chart-topics", "chart-timeline", "chart-matrix");
    static final String HOSTILE_TITLE = "<script>window.pwned=1</script> <img src=x onerror=\"window.pwned=2\"> Summit talks";

    @TempDir
    static Path tmp;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return; // each test then reports itself skipped, with the reason
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(browser != null, "skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver; .ci/run does it)");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void seedRunReport() throws IOException {
        Path out = tmp.resolve("seed");
        extract(Path.of("corpus"), out);
        open(out);
        assertChartsDrawn(true);
        assertFilterCounts(out, "certainty", "probable");
        assertNoConsoleErrorAndNoRequest(out);
    }

    @Test
    void hostileTitlesAndSentencesStayText() throws IOException {
        Path corpus = Corpora.writeGood(tmp.resolve("hostile-corpus"));
        Files.writeString(corpus.resolve("hostile.txt"), HOSTILE_TITLE + "\n\n"
                + "<script>window.pwned=3</script> The summit will not produce a deal, Iran says. <img src=y onerror=\"window.pwned=4\">\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("hostile");
        extract(corpus, out);
        assertTrue(Files.readString(out.resolve("documents.csv")).contains("window.pwned=1"), "the title reached the tables");
        open(out);
        int doc = docIndex(out, "hostile.txt");
        browser.get(url(out) + "#article=" + doc);
        WebElement title = browser.findElement(By.cssSelector("#article .article-title"));
        assertEquals(HOSTILE_TITLE, title.getText());
        assertEquals(0L, js("return document.querySelectorAll('img').length"), "no img element was made");
        assertEquals(2L, js("return document.querySelectorAll('script').length"), "no script element was made");
        assertNull(js("return window.pwned === undefined ? null : window.pwned"), "no article text ran");
        // Its forecast, sentence and all, in the filtered table.
        browser.get(url(out) + "#forecasts?text=" + java.net.URLEncoder.encode("window.pwned=3", StandardCharsets.UTF_8));
        assertEquals("1", browser.findElement(By.id("f-count")).getAttribute("data-count"));
        String row = browser.findElement(By.cssSelector("#f-rows tr")).getText();
        assertTrue(row.contains("<script>window.pwned=3</script>") && row.contains(HOSTILE_TITLE), row);
        assertNull(js("return window.pwned === undefined ? null : window.pwned"));
        assertNoConsoleErrorAndNoRequest(out);
    }

    @Test
    void devCorpusReport() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "skipped: no dev corpus at " + DEV);
        Path out = tmp.resolve("dev");
        extract(DEV, out);
        open(out);
        assertChartsDrawn(false);
        assertFilterCounts(out, "certainty", "possible");
        assertFilterCounts(out, "polarity", "negative");
        // A matrix cell links to its forecasts: the table shows as many rows as the cell says.
        WebElement cell = browser.findElement(By.cssSelector("#chart-matrix svg a"));
        String n = cell.findElement(By.cssSelector("text")).getText();
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", cell);
        assertEquals(n, browser.findElement(By.id("f-count")).getAttribute("data-count"));
        // The articles index pages through every article.
        assertEquals(String.valueOf(countRows(out.resolve("documents.csv"), "status", null)),
                browser.findElement(By.id("a-count")).getAttribute("data-count"));
        assertNoConsoleErrorAndNoRequest(out);
    }

    /** 250 hand-made forecasts: 100 a page, and the pager walks through them (no model needed). */
    @Test
    void theTablePages() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("hand-made"));
        ReportWriterTest.writeRun(out, org.augur.table.Format.CSV, true, false);
        ReportWriter.write(out);
        open(out);
        WebElement count = browser.findElement(By.id("f-count"));
        assertEquals("forecasts 1–100 of 250", count.getText());
        assertEquals(100, browser.findElements(By.cssSelector("#f-rows tr")).size());
        browser.findElement(By.id("f-next")).click();
        browser.findElement(By.id("f-next")).click();
        assertEquals("forecasts 201–250 of 250", count.getText());
        assertEquals(50, browser.findElements(By.cssSelector("#f-rows tr")).size());
        assertFalse(browser.findElement(By.id("f-next")).isEnabled());
        browser.findElement(By.id("f-text")).sendKeys("sentence 1");
        assertEquals("111", count.getAttribute("data-count"), "sentence 1, 10-19, 100-199");
        assertEquals(ReportWriterTest.SCRIPT_TITLE, browser.findElement(By.cssSelector("#f-rows td.article a")).getText());
        assertNull(js("return window.pwned === undefined ? null : window.pwned"));
        assertNoConsoleErrorAndNoRequest(out);
    }

    private static void extract(Path corpus, Path out) {
        Cli cli = Cli.run("extract", corpus.toString(), "-o", out.toString(), "--quiet", "--report");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    private static String url(Path out) {
        return out.resolve("report.html").toAbsolutePath().toUri().toString();
    }

    private static void open(Path out) {
        browser.manage().logs().get(LogType.PERFORMANCE); // drop what earlier pages logged
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(url(out));
        assertTrue(browser.findElement(By.id("f-count")).getText().contains("forecasts"), "the script drew the table");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Every chart is an SVG with content; with {@code sparse} (one article) a chart may say "none". */
    private static void assertChartsDrawn(boolean sparse) {
        for (String id : CHARTS) {
            WebElement svg = browser.findElement(By.cssSelector("#" + id + " svg"));
            long shapes = (Long) js("return arguments[0].querySelectorAll('rect, text').length", svg);
            long bars = (Long) js("return arguments[0].querySelectorAll('a rect').length", svg);
            assertTrue(shapes > 0, id + " is empty");
            assertTrue(sparse || bars > 0, id + " has no bar");
            Map<?, ?> box = (Map<?, ?>) js("var r = arguments[0].getBoundingClientRect(); return {w: r.width, h: r.height};", svg);
            assertTrue(((Number) box.get("w")).doubleValue() > 100 && ((Number) box.get("h")).doubleValue() > 20, id + " " + box);
        }
    }

    /** Choosing {@code value} in the filter of {@code column} leaves as many forecasts as forecasts.csv has. */
    private static void assertFilterCounts(Path out, String column, String value) throws IOException {
        browser.findElement(By.id("f-clear")).click();
        long expected = countRows(out.resolve("forecasts.csv"), column, value);
        Select select = new Select(browser.findElement(By.id("f-" + column)));
        select.getOptions().stream().filter(o -> o.getText().startsWith(value + " (")).findFirst()
                .ifPresentOrElse(o -> select.selectByValue(o.getAttribute("value")), () -> assertEquals(0, expected));
        assertEquals(String.valueOf(expected), browser.findElement(By.id("f-count")).getAttribute("data-count"), column + "=" + value);
        assertEquals(Math.min(expected, 100), browser.findElements(By.cssSelector("#f-rows tr")).size());
        assertTrue(expected > 0, "no " + column + " " + value + " in " + out + " to filter on");
        browser.findElement(By.id("f-clear")).click();
        assertEquals(String.valueOf(countRows(out.resolve("forecasts.csv"), column, null)),
                browser.findElement(By.id("f-count")).getAttribute("data-count"));
    }

    /** No console message at error level and no request but the page itself since {@link #open}. */
    private static void assertNoConsoleErrorAndNoRequest(Path out) {
        List<String> requests = new ArrayList<>();
        String page = url(out);
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = Json.createReader(new StringReader(e.getMessage())).readObject().getJsonObject("message");
            if (message.getString("method").equals("Network.requestWillBeSent")) {
                String requested = message.getJsonObject("params").getJsonObject("request").getString("url");
                if (!requested.startsWith(page)) {
                    requests.add(requested);
                }
            }
        }
        assertEquals(List.of(), requests, "requests besides the report itself");
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() || e.getMessage().contains("Content Security Policy")) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors");
    }

    private static int docIndex(Path out, String docId) throws IOException {
        int i = 0;
        for (CSVRecord r : records(out.resolve("documents.csv"))) {
            if (r.get("doc_id").equals(docId)) {
                return i;
            }
            i++;
        }
        throw new AssertionError("no " + docId);
    }

    /** Rows of a table whose {@code column} is {@code value}; all rows when value is null. */
    private static long countRows(Path table, String column, String value) throws IOException {
        return records(table).stream().filter(r -> value == null || r.get(column).equals(value)).count();
    }

    private static List<CSVRecord> records(Path table) throws IOException {
        try (CSVParser p = CSVParser.parse(table, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    static {
        // Belt and braces: Selenium Manager is never needed when driver and browser are given by path.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
    }
}
