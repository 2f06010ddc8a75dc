package dk.newsroom.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoLoaderTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00.123Z");

	private static final DemoItem PAST = DemoCatalog.parse("articles/01-past.json",
			"{\"publishOffset\":\"-PT3H\",\"content\":{\"headline\":\"Første artikel om æbler, øl og ål\"}}");

	private static final DemoItem SCHEDULED = DemoCatalog.parse("articles/02-scheduled.json",
			"{\"publishOffset\":\"PT1H\",\"content\":{\"headline\":\"Anden artikel\"}}");

	@TempDir
	Path data;

	private FakeContentService service;

	private DemoJournal journal;

	private DemoLoader loader;

	@BeforeEach
	void start() throws IOException {
		this.service = new FakeContentService();
		this.journal = new DemoJournal(this.data.resolve(".demo-loading"), this.data.resolve(".demo-loaded"));
		AtomicInteger tokens = new AtomicInteger();
		this.loader = new DemoLoader(
				new ContentApi(HttpClient.newHttpClient(), () -> "token-" + tokens.incrementAndGet()), this.journal,
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() {
		this.service.close();
	}

	@Test
	void createsAndPublishesEachItemAtItsOffsetThenWritesTheMarker() throws Exception {
		DemoLoader.Outcome outcome = this.loader.load(List.of(PAST, SCHEDULED), everywhere());

		assertThat(outcome.loaded()).isEqualTo(2);
		assertThat(outcome.scheduled()).isEqualTo(1);
		assertThat(this.service.requests()).extracting(FakeContentService.Request::path)
			.containsExactly("/api/articles", "/api/articles/id-1/publish", "/api/articles",
					"/api/articles/id-2/publish");
		assertThat(this.service.requests().get(1).body()).isEqualTo("{\"publishAt\":\"2026-11-26T09:00:00Z\"}");
		assertThat(this.service.requests().get(3).body()).isEqualTo("{\"publishAt\":\"2026-11-26T13:00:00Z\"}");
		assertThat(markerEntries()).containsExactly("articles/01-past id-1 2026-11-26T09:00:00Z",
				"articles/02-scheduled id-2 2026-11-26T13:00:00Z");
		assertThat(this.data.resolve(".demo-loading")).doesNotExist();
	}

	@Test
	void sendsTheContentAsUtf8Json() throws Exception {
		this.loader.load(List.of(PAST), everywhere());

		FakeContentService.Request create = this.service.requests().get(0);
		assertThat(create.method()).isEqualTo("POST");
		assertThat(create.contentType()).isEqualTo("application/json");
		assertThat(create.body()).isEqualTo("{\"headline\":\"Første artikel om æbler, øl og ål\"}");
	}

	@Test
	void asksForABearerTokenForEachRequest() throws Exception {
		this.loader.load(List.of(PAST), everywhere());

		assertThat(this.service.requests()).extracting(FakeContentService.Request::authorization)
			.containsExactly("Bearer token-1", "Bearer token-2");
	}

	@Test
	void loadsNothingOnceTheMarkerExists() throws Exception {
		this.loader.load(List.of(PAST), everywhere());
		int requests = this.service.requests().size();

		DemoLoader.Outcome again = this.loader.load(List.of(PAST, SCHEDULED), everywhere());

		assertThat(again.alreadyLoaded()).isTrue();
		assertThat(this.service.requests()).hasSize(requests);
	}

	@Test
	void resumesAnInterruptedLoadWithoutCreatingDuplicates() throws Exception {
		Files.writeString(this.data.resolve(".demo-loading"), "created articles/01-past earlier-id\n");

		this.loader.load(List.of(PAST, SCHEDULED), everywhere());

		assertThat(this.service.requests()).extracting(FakeContentService.Request::path)
			.containsExactly("/api/articles/earlier-id/publish", "/api/articles", "/api/articles/id-1/publish");
		assertThat(markerEntries()).first().asString().startsWith("articles/01-past earlier-id ");
	}

	@Test
	void writesNoMarkerWhenAPublishFailsAndSaysWhy() {
		this.service.failPublishingWith(400);

		assertThatThrownBy(() -> this.loader.load(List.of(PAST), everywhere())).isInstanceOf(DemoLoadException.class)
			.hasMessageContaining("/api/articles/id-1/publish answered 400")
			.hasMessageContaining("publishAt is invalid");
		assertThat(this.data.resolve(".demo-loaded")).doesNotExist();
		assertThat(this.journal.progress()).containsOnlyKeys("articles/01-past");
	}

	@Test
	void leavesTheItemsOfAServiceThatDoesNotRunForALaterStart() throws Exception {
		DemoLoader.Outcome outcome = this.loader.load(List.of(PAST, SCHEDULED), (collection) -> Optional.empty());

		assertThat(outcome.skipped()).containsExactly("articles/01-past", "articles/02-scheduled");
		assertThat(this.service.requests()).isEmpty();
		assertThat(this.journal.isComplete()).isFalse();
	}

	private Function<String, Optional<URI>> everywhere() {
		return (collection) -> Optional.of(this.service.baseUrl());
	}

	private List<String> markerEntries() throws IOException {
		return Files.readAllLines(this.data.resolve(".demo-loaded"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.startsWith("#"))
			.toList();
	}

}
