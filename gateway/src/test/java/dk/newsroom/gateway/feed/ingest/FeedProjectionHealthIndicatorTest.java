package dk.newsroom.gateway.feed.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class FeedProjectionHealthIndicatorTest {

	private final FeedCatchUp catchUp = new FeedCatchUp();

	private final FeedProjectionHealthIndicator indicator = new FeedProjectionHealthIndicator(this.catchUp);

	@Test
	void isDownUntilTheReaderHasCaughtUp() {
		StepVerifier.create(this.indicator.health()).assertNext((health) -> {
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("phase", FeedCatchUp.Phase.CONNECTING);
		}).verifyComplete();

		this.catchUp.started(Map.of(new TopicPartition("newsroom.articles.v1", 0), 12L), Set.of("newsroom.events.v1"));

		StepVerifier.create(this.indicator.health()).assertNext((health) -> {
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("phase", FeedCatchUp.Phase.CATCHING_UP)
				.containsEntry("behind", Map.of("newsroom.articles.v1-0", 12L))
				.containsEntry("missingTopics", List.of("newsroom.events.v1"));
		}).verifyComplete();

		this.catchUp.progressed(Map.of());

		StepVerifier.create(this.indicator.health())
			.assertNext((health) -> assertThat(health.getStatus()).isEqualTo(Status.UP))
			.verifyComplete();
	}

}
