package dk.newsroom.gateway.feed.ingest;

import java.time.Duration;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedHorizon;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway reads the content topics into the feed ({@code newsroom.feed.*}). The
 * broker itself is Boot's: {@code spring.kafka.bootstrap-servers} and friends.
 *
 * @param topics the topic of each content type
 * @param pollTimeout how long one poll waits for records
 * @param topicRefreshInterval how often to look for topics and partitions that did not
 * exist yet
 * @param retryBackoff the pause after a failed round (e.g. broker unreachable)
 * @param horizon how much of the topics the feed keeps in memory
 */
@ConfigurationProperties("newsroom.feed")
@Validated
public record FeedIngestProperties(@DefaultValue @Valid Topics topics,
		@DefaultValue("500ms") @NotNull Duration pollTimeout,
		@DefaultValue("5s") @NotNull Duration topicRefreshInterval, @DefaultValue("1s") @NotNull Duration retryBackoff,
		@DefaultValue @Valid Horizon horizon) {

	/**
	 * What the feed keeps in memory (see docs/feed.md, "Memory").
	 *
	 * @param itemsPerType the newest items kept per content type
	 * @param maxAge items published longer ago are let go; unset for no age limit
	 * @param forgetRemovedAfter how long removals are remembered (versions and the
	 * changes journal): the topics' {@code delete.retention.ms}
	 */
	public record Horizon(@DefaultValue("10000") @Min(1) int itemsPerType, @Nullable Duration maxAge,
			@DefaultValue("24h") @NotNull Duration forgetRemovedAfter) {

		public FeedHorizon toFeedHorizon() {
			return new FeedHorizon(this.itemsPerType, this.maxAge, this.forgetRemovedAfter);
		}

	}

	/**
	 * The topic per content type (docs/design.md §1).
	 *
	 * @param article the articles topic
	 * @param event the events topic
	 * @param person the people-news topic
	 * @param podcast the podcasts topic; unset (the default) when no podcasts service
	 * publishes one, and the feed reads none (docs/adding-a-content-type.md)
	 */
	public record Topics(@DefaultValue("newsroom.articles.v1") @NotBlank String article,
			@DefaultValue("newsroom.events.v1") @NotBlank String event,
			@DefaultValue("newsroom.people.v1") @NotBlank String person, @Nullable String podcast) {

		/** The type's topic, or {@code null} when the feed reads none for it. */
		public @Nullable String of(ContentType type) {
			String topic = switch (type) {
				case ARTICLE -> this.article;
				case EVENT -> this.event;
				case PERSON -> this.person;
				case PODCAST -> this.podcast;
			};
			return (topic != null && !topic.isBlank()) ? topic : null;
		}

	}

}
