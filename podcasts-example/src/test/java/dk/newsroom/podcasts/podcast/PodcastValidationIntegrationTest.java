package dk.newsroom.podcasts.podcast;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dk.newsroom.testsupport.ContentValidationConformance;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The podcasts' validation rules, checked as every content type's are. */
@NewsroomIntegrationTest
class PodcastValidationIntegrationTest extends ContentValidationConformance {

	@Override
	protected String collection() {
		return PodcastFixtures.COLLECTION;
	}

	@Override
	protected String writeScope() {
		return PodcastFixtures.WRITE_SCOPE;
	}

	@Override
	protected String storedCollection() {
		return PodcastDocument.COLLECTION;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return PodcastFixtures.validPodcast(tag);
	}

	@Override
	protected Stream<Arguments> ownInvalidFields() {
		return Stream.of(arguments("title missing", "title", remove("title")),
				arguments("title too long", "title", put("title", "x".repeat(201))),
				arguments("title a number", "title", put("title", 42)),
				arguments("description missing", "description", remove("description")),
				arguments("description too long", "description", put("description", "x".repeat(4001))),
				arguments("audio url missing", "audioUrl", remove("audioUrl")),
				arguments("audio url javascript", "audioUrl", put("audioUrl", "javascript:alert(1)")),
				arguments("audio url relative", "audioUrl", put("audioUrl", "/lyd/a.mp3")),
				arguments("duration missing", "durationSeconds", remove("durationSeconds")),
				arguments("duration zero", "durationSeconds", put("durationSeconds", 0)),
				arguments("duration over a day", "durationSeconds", put("durationSeconds", 86_401)),
				arguments("duration a string", "durationSeconds", put("durationSeconds", "42 min")),
				arguments("duration a fraction", "durationSeconds", put("durationSeconds", 42.5)),
				arguments("unknown field", "subtitle", put("subtitle", "Undertitel")));
	}

	@Override
	protected void oversize(Map<String, Object> body) {
		body.put("description", "æ".repeat(600_000));
	}

	@Override
	protected List<String> urlFields() {
		return List.of("audioUrl");
	}

	@Override
	protected List<String> richTextFields() {
		return List.of();
	}

}
