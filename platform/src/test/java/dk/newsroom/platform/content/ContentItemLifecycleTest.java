package dk.newsroom.platform.content;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle of the generic item every content resource keeps (the content here is a
 * plain string: the lifecycle never looks into it).
 */
class ContentItemLifecycleTest extends LifecycleSpec<ContentItem<String>> {

	@Override
	protected ContentItem<String> draft(Instant now) {
		return ContentItem.draft("6745a1f0c2a4b81e2f3d9a10", "ny-cto-i-aarhus", "Ny CTO i Aarhus", now);
	}

	@Override
	protected ContentItem<String> edit(ContentItem<String> item, Instant now) {
		return item.withContent("Ny CTO i Aalborg", now);
	}

	@Override
	protected ContentItem<String> publish(ContentItem<String> item, Instant at, Instant now) {
		return item.publish(at, now);
	}

	@Override
	protected ContentItem<String> withdraw(ContentItem<String> item, Instant now) {
		return item.withdraw(now, "article");
	}

	@Override
	protected ContentItem<String> withSlug(ContentItem<String> item, String slug) {
		return item.withSlug(slug);
	}

	@Override
	protected boolean sameContent(ContentItem<String> one, ContentItem<String> other) {
		return one.content().equals(other.content());
	}

	@Test
	void aRefusedWithdrawalNamesTheType() {
		assertThatThrownBy(() -> draft(Instant.parse("2026-12-05T08:00:00Z")).withdraw(Instant.now(), "podcast"))
			.isInstanceOf(InvalidStateException.class)
			.hasMessage("Only a published podcast can be withdrawn; this one is DRAFT");
	}

}
