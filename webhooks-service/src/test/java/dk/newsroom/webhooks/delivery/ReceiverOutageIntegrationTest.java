package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver that is down for a simulated day gets every change when it returns, once
 * each and per resource in order, on the production retry schedule (5 s, 1 min, 10 min, 1
 * h, 3 h, 8 h, 16 h, 24 h, … with ±20 % jitter). Nobody waits for the schedule: the
 * service tells time by a clock the test moves from one due attempt to the next, and
 * after each move it waits (Awaitility, bounded) until the service has made every attempt
 * that was due.
 */
class ReceiverOutageIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(10),
			Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(8), Duration.ofHours(16), Duration.ofHours(24),
			Duration.ofHours(24), Duration.ofHours(24));

	static final double JITTER = 0.2;

	@BeforeAll
	static void topics() {
		ContentTopics.create();
	}

	@Test
	void aReceiverDownForADayGetsEverythingWhenItReturns() {
		SettableClock clock = new SettableClock(Instant.now());
		Instant start = clock.instant();
		Instant dayLater = start.plus(Duration.ofDays(1));
		AtomicInteger answer = new AtomicInteger(503);
		String name = "webhooks-outage-" + UUID.randomUUID().toString().substring(0, 8);
		try (TestReceiver receiver = new TestReceiver((n) -> answer.get(), Duration.ZERO);
				WebhooksInstance service = WebhooksInstance.start(name, clock,
						"newsroom.webhooks.delivery.retry-schedule="
								+ String.join(",", SCHEDULE.stream().map(Duration::toString).toList()),
						"newsroom.webhooks.delivery.jitter=" + JITTER)) {
			String tag = DeliveryIntegrationTest.uniqueTag();
			String subscription = service.subscribe(receiver.url(), tag);
			List<List<String>> changes = new ArrayList<>();
			for (int resource = 0; resource < 2; resource++) {
				String id = new ObjectId().toHexString();
				List<String> eventIds = new ArrayList<>();
				for (int version = 1; version <= 3; version++) {
					eventIds.add(ContentTopics.article(id, version, (version == 1) ? "created" : "updated",
							ContentTopics.articleJson(id, version, "Cloud", tag)));
				}
				changes.add(eventIds);
			}
			await().atMost(WAIT).until(() -> count(service, pending(subscription)) == 6);

			// The day the receiver is down: from each due attempt to the next.
			int moves = 0;
			settle(service, subscription, clock);
			for (Instant next = nextDue(service, subscription); next
				.isBefore(dayLater); next = nextDue(service, subscription)) {
				clock.set(next);
				settle(service, subscription, clock);
				assertThat(++moves).as("moves of the clock within the day").isLessThan(50);
			}
			List<TestReceiver.Received> failed = receiver.received();
			assertThat(failed).allMatch((r) -> r.status() == 503).hasSizeGreaterThanOrEqualTo(2 * 7);
			for (List<String> eventIds : changes) {
				// Only each resource's first change was tried: nothing overtook it.
				List<Long> times = failed.stream()
					.filter((r) -> r.header("webhook-id").equals(eventIds.get(0)))
					.map((r) -> Long.parseLong(r.header("webhook-timestamp")))
					.toList();
				assertThat(times).hasSizeBetween(7, 8);
				assertThat(times.get(0)).isEqualTo(start.getEpochSecond());
				for (int retry = 1; retry < times.size(); retry++) {
					long wait = times.get(retry) - times.get(retry - 1);
					long planned = SCHEDULE.get(retry - 1).toSeconds();
					assertThat(wait).as("wait before retry %d", retry)
						.isBetween((long) Math.floor(planned * (1 - JITTER)) - 1,
								(long) Math.ceil(planned * (1 + JITTER)) + 1);
				}
			}
			assertThat(failed).extracting((r) -> r.header("webhook-id"))
				.containsOnly(changes.get(0).get(0), changes.get(1).get(0));

			// The receiver is back: the next due attempts deliver, and the rest follow at
			// once.
			answer.set(200);
			while (count(service, pending(subscription)) > 0) {
				clock.set(nextDue(service, subscription));
				settle(service, subscription, clock);
				assertThat(++moves).as("moves of the clock").isLessThan(60);
			}
			List<TestReceiver.Received> delivered = receiver.succeeded();
			assertThat(delivered).hasSize(6);
			for (List<String> eventIds : changes) {
				assertThat(delivered).extracting((r) -> r.header("webhook-id"))
					.filteredOn(eventIds::contains)
					.containsExactlyElementsOf(eventIds);
			}
			assertThat(delivered).allMatch(
					(r) -> Long.parseLong(r.header("webhook-timestamp")) >= dayLater.getEpochSecond(),
					"sent after the day");
			assertThat(count(service,
					Query.query(Criteria.where("subscriptionId")
						.is(subscription)
						.and("status")
						.is(DeliveryStatus.DELIVERED.name()))))
				.isEqualTo(6);
			service.admin()
				.get()
				.uri("/api/webhooks/subscriptions/{id}", subscription)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("ACTIVE");
		}
	}

	/**
	 * Waits until the service has made every attempt due at the clock's time: no pending
	 * delivery is due or held by a sender.
	 */
	private static void settle(WebhooksInstance service, String subscription, SettableClock clock) {
		await().atMost(WAIT).until(() -> {
			Instant now = clock.instant();
			return count(service,
					Query.query(Criteria.where("subscriptionId")
						.is(subscription)
						.and("status")
						.is(DeliveryStatus.PENDING.name())
						.orOperator(Criteria.where("dueAt").lte(now), Criteria.where("leaseUntil").gte(now)))) == 0;
		});
	}

	private static Instant nextDue(WebhooksInstance service, String subscription) {
		return service.mongo()
			.findOne(pending(subscription).with(Sort.by("dueAt")).limit(1), DeliveryDocument.class)
			.map(DeliveryDocument::dueAt)
			.block(WAIT);
	}

	private static Query pending(String subscription) {
		return Query
			.query(Criteria.where("subscriptionId").is(subscription).and("status").is(DeliveryStatus.PENDING.name()));
	}

	private static long count(WebhooksInstance service, Query query) {
		return service.mongo().count(query, DeliveryDocument.class).block(WAIT);
	}

}
