package dk.newsroom.gateway.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the reader page's browser tests: Debian's {@code chromium}
 * and {@code chromium-driver}, which {@code .ci/run} installs. One is started per test
 * class ({@link #start()} in a {@code @BeforeAll}, {@link #close()} in an
 * {@code @AfterAll}); starting one is the expensive part.
 * <p>
 * Where Chromium or chromedriver is missing the test is skipped with a message, except
 * when the environment variable {@code CI} is set: there it fails, so that CI can never
 * pass by skipping ({@link #require}).
 */
final class Chromium implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/** The default window: a desktop width, tall enough for the front page's top. */
	static final int WIDTH = 1280;

	static final int HEIGHT = 1800;

	/** Generous: CI is a loaded 2-core machine. */
	static final Duration WAIT = Duration.ofSeconds(30);

	private final Path profile;

	private final ChromeDriver driver;

	private Chromium(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/**
	 * Skips the calling test (or class, from a {@code @BeforeAll}) where what it needs is
	 * missing, with a message saying what is, or fails it when the environment variable
	 * {@code CI} is set, so that a CI run never passes by skipping.
	 */
	static void require(boolean present, String missing) {
		if (present) {
			return;
		}
		String ci = System.getenv("CI");
		if (ci != null && !ci.isBlank()) {
			Assertions.fail(missing + " (the environment variable CI is set: failing rather than skipping)");
		}
		Assumptions.abort("Skipping: " + missing);
	}

	/** Starts a headless Chromium, or skips (fails on CI) where none is installed. */
	static Chromium start() {
		require(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
				"the reader page's browser tests need " + BINARY + " and " + DRIVER
						+ ", and one is missing (apt-get install chromium chromium-driver; .ci/run does)");
		Path profile;
		try {
			profile = Files.createTempDirectory("reader-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=da-DK",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
		driver.manage().timeouts().scriptTimeout(WAIT);
		return new Chromium(profile, driver);
	}

	WebDriver driver() {
		return this.driver;
	}

	/** Loads the URL; returns once its load event has fired. */
	void open(String url) {
		this.driver.get(url);
	}

	/**
	 * Sets the viewport to this many CSS pixels wide (and {@link #HEIGHT} high), so the
	 * page's media queries see that width; a phone's is 390. Stays until changed again.
	 */
	void width(int width) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
		waitUntil((d) -> ((Number) js("return window.innerWidth;")).intValue() == width);
	}

	/** Runs the script in the page, with the arguments as {@code arguments[i]}. */
	Object js(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	/**
	 * Runs the script in the page until it calls its last argument (the callback), and
	 * returns what it passes; at most {@link #WAIT}.
	 */
	Object asyncJs(String script, Object... arguments) {
		return this.driver.executeAsyncScript(script, arguments);
	}

	void waitUntil(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.driver, WAIT).until(condition);
	}

	/**
	 * Writes a PNG of the whole page, not only the viewport, at the current width (see
	 * {@link #width(int)}); returns its size in bytes.
	 */
	long screenshot(Path png) {
		@SuppressWarnings("unchecked")
		List<Number> size = (List<Number>) js("var e = document.documentElement;"
				+ " return [Math.max(e.scrollWidth, window.innerWidth), Math.max(e.scrollHeight, document.body.scrollHeight)];");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0).intValue(), "height",
				size.get(1).intValue(), "scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		byte[] bytes = Base64.getDecoder().decode((String) shot.get("data"));
		try {
			Files.createDirectories(png.toAbsolutePath().getParent());
			Files.write(png, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.length;
	}

	/** Makes Chromium refuse to fetch these URLs (none: fetch everything again). */
	void block(String... urls) {
		this.driver.executeCdpCommand("Network.enable", Map.of());
		this.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urlPatterns",
				Arrays.stream(urls).map((url) -> Map.of("urlPattern", url, "block", true)).toList()));
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (var paths = Files.walk(this.profile)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
