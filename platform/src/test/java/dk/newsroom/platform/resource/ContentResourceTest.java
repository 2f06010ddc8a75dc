package dk.newsroom.platform.resource;

import java.time.Instant;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentResourceTest {

	private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

	private final ContentResource<String, String, String> plain = ContentResource.of("note", "notes", String.class,
			ContentItem::content, (document) -> ContentItem.draft("6745a1f0c2a4b81e2f3d9a10", "s", document, NOW),
			(item) -> "answer:" + item.content(), (content) -> "slug of " + content);

	@Test
	void aPlainTypeChecksNothingAndDerivesNothing() {
		this.plain.check("");

		assertThat(this.plain.prepare("tekst", NOW)).isEqualTo("tekst");
		assertThat(this.plain.slugSource("tekst")).isEqualTo("slug of tekst");
		assertThat(this.plain.toResponse(this.plain.toItem("tekst"))).isEqualTo("answer:tekst");
	}

	@Test
	void rulesAndDerivationsAddedInEitherOrderBothApply() {
		ContentResource<String, String, String> ruled = this.plain.checking((content) -> {
			if (content.isBlank()) {
				throw new InvalidInputException("text", "is blank");
			}
		}).preparing((content, now) -> content + " (" + now + ")");

		assertThatThrownBy(() -> ruled.check(" ")).isInstanceOf(InvalidInputException.class);
		assertThat(ruled.prepare("tekst", NOW)).isEqualTo("tekst (2026-12-05T08:00:00Z)");
		assertThat(ruled.name()).isEqualTo("note");
	}

}
