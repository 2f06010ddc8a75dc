package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox's meters, with the relay stopped (the context of
 * {@link OutboxIntegrationTest}) so each step is ours: pending entries and the oldest's
 * age rise with a write and fall to 0 once relayed, and the publish timer counts each
 * acknowledged event. The meters are tagged with the content type, the last part of the
 * event type prefix: {@code note} here.
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.auto-start=false")
class OutboxMetricsIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxMetrics metrics;

	@Autowired
	MeterRegistry registry;

	@Test
	void pendingEntriesRiseWithAWriteAndFallOnceRelayed() {
		this.relay.measureBacklog().block();
		double pendingBefore = pending();
		long publishedBefore = published().count();

		Notes.create(this.http, "Fotografen kommer kl. 14");
		this.relay.measureBacklog().block();
		assertThat(pending()).isEqualTo(pendingBefore + 1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			this.relay.measureBacklog().block();
			assertThat(oldestAge()).isPositive();
		});

		// Leases other tests left behind would keep their shards from this relay.
		Notes.freeTheShards(this.mongo);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			this.relay.relayAllPending().block();
			this.relay.measureBacklog().block();
			assertThat(pending()).isZero();
		});
		assertThat(oldestAge()).isZero();
		assertThat(published().count()).isGreaterThan(publishedBefore);
		assertThat(published().totalTime(TimeUnit.NANOSECONDS)).isPositive();
	}

	private double pending() {
		return this.registry.get("newsroom.outbox.pending.entries").tag("type", "note").gauge().value();
	}

	private double oldestAge() {
		return this.registry.get("newsroom.outbox.oldest.pending.age").tag("type", "note").gauge().value();
	}

	private Timer published() {
		return this.registry.get("newsroom.outbox.publish").tags("type", "note", "outcome", "success").timer();
	}

}
