package dk.newsroom.example.consumer;

import java.time.OffsetDateTime;

import dk.newsroom.example.consumer.ContentCopy.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version rule on its own, without a broker.
 */
class ContentCopyTest {

	private final ContentCopy copy = new ContentCopy();

	@Test
	void keepsTheHighestVersionAndIgnoresLowerOrEqualOnes() {
		assertThat(this.copy.apply(article("a1", 1, "Første udgave"))).isEqualTo(Outcome.ADDED);
		assertThat(this.copy.apply(article("a1", 3, "Tredje udgave"))).isEqualTo(Outcome.UPDATED);
		assertThat(this.copy.apply(article("a1", 3, "Tredje udgave"))).isEqualTo(Outcome.IGNORED);
		assertThat(this.copy.apply(article("a1", 2, "Anden udgave"))).isEqualTo(Outcome.IGNORED);

		assertThat(this.copy.get(ContentType.ARTICLE, "a1")).hasValueSatisfying((entry) -> {
			assertThat(entry.version()).isEqualTo(3);
			assertThat(entry.json()).contains("Tredje udgave");
		});
	}

	@Test
	void aTombstoneRemovesAndKeepsItsVersionSoOlderRecordsCannotResurrect() {
		this.copy.apply(article("a2", 1, "Første udgave"));
		assertThat(this.copy.apply(deletion(ContentType.ARTICLE, "a2", 2))).isEqualTo(Outcome.REMOVED);
		assertThat(this.copy.apply(article("a2", 1, "Første udgave"))).isEqualTo(Outcome.IGNORED);
		assertThat(this.copy.apply(deletion(ContentType.ARTICLE, "a2", 2))).isEqualTo(Outcome.IGNORED);

		assertThat(this.copy.get(ContentType.ARTICLE, "a2")).isEmpty();
		assertThat(this.copy.version(ContentType.ARTICLE, "a2")).hasValue(2);
		assertThat(this.copy.resources(ContentType.ARTICLE)).doesNotContainKey("a2");
		assertThat(this.copy.size(ContentType.ARTICLE)).isZero();
	}

	@Test
	void aTombstoneForAnUnknownIdIsNotedAndANewerVersionAddsAgain() {
		assertThat(this.copy.apply(deletion(ContentType.EVENT, "e1", 4))).isEqualTo(Outcome.DELETION_NOTED);
		assertThat(this.copy.apply(event("e1", 4))).isEqualTo(Outcome.IGNORED);
		assertThat(this.copy.version(ContentType.EVENT, "e1")).hasValue(4);
		assertThat(this.copy.get(ContentType.EVENT, "e1")).isEmpty();

		assertThat(this.copy.apply(event("e1", 5))).isEqualTo(Outcome.ADDED);
		assertThat(this.copy.get(ContentType.EVENT, "e1")).isPresent();
	}

	@Test
	void typesAreSeparate() {
		this.copy.apply(article("same-id", 5, "Artikel"));
		this.copy.apply(new Change(ContentType.PERSON, "same-id", 1, "dk.newsroom.person.created", "p", null,
				"{\"version\":1}"));

		assertThat(this.copy.version(ContentType.ARTICLE, "same-id")).hasValue(5);
		assertThat(this.copy.version(ContentType.PERSON, "same-id")).hasValue(1);
		assertThat(this.copy.version(ContentType.EVENT, "same-id")).isEmpty();
	}

	private static Change article(String id, long version, String headline) {
		return new Change(ContentType.ARTICLE, id, version, "dk.newsroom.article.updated", id + "-" + version,
				OffsetDateTime.now(), "{\"headline\":\"" + headline + "\",\"version\":" + version + "}");
	}

	private static Change event(String id, long version) {
		return new Change(ContentType.EVENT, id, version, "dk.newsroom.event.updated", id + "-" + version,
				OffsetDateTime.now(),
				"{\"title\":\"Cybersikkerhed i den offentlige sektor\",\"version\":" + version + "}");
	}

	private static Change deletion(ContentType type, String id, long version) {
		return new Change(type, id, version, "dk.newsroom." + type.label() + ".deleted", id + "-" + version,
				OffsetDateTime.now(), null);
	}

}
