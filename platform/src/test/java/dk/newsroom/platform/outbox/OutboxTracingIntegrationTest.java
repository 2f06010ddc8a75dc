package dk.newsroom.platform.outbox;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.platform.outbox.Notes.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace context is stored with the change, so a record sent late (by a relay after a
 * crash or an outage) still joins the trace of the request that wrote it. The relay is
 * stopped: the sweep is ours to run.
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.auto-start=false")
class OutboxTracingIntegrationTest {

	private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	OutboxRelay relay;

	@Test
	void aRecordSentLaterCarriesTheTraceOfTheWrite() {
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		String id = Notes.create(this.http, "Notat med et spor", (headers) -> {
			headers.set("traceparent", "00-" + traceId + "-b7ad6b7169203331-01");
			headers.set("tracestate", "newsroom=t61rcWkgMzE");
		}).id();
		Document pending = Notes.stored(this.mongo, id).get("outbox", Document.class);
		assertThat(pending.getString("traceparent")).startsWith("00-" + traceId + "-");
		assertThat(pending.getString("tracestate")).isEqualTo("newsroom=t61rcWkgMzE");

		// What the next holder of the shard does on its next round.
		assertThat(this.relay.relay(id).block()).isPositive();

		// Committed records show to read_committed readers once the commit markers are
		// written.
		TopicSnapshot.awaitVersion(TOPIC, id, 1);
		List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read(TOPIC, id);
		assertThat(records).hasSize(1);
		Matcher traceparent = traceparent(records.get(0));
		assertThat(traceparent.group(1)).isEqualTo(traceId);
		assertThat(TopicSnapshot.header(records.get(0), "tracestate")).isEqualTo("newsroom=t61rcWkgMzE");
		assertThat(Notes.stored(this.mongo, id)).doesNotContainKey("outbox");
	}

	private static Matcher traceparent(ConsumerRecord<String, byte[]> record) {
		String value = TopicSnapshot.header(record, "traceparent");
		assertThat(value).as("traceparent header").isNotNull().matches(TRACEPARENT);
		Matcher matcher = TRACEPARENT.matcher(value);
		assertThat(matcher.matches()).isTrue();
		return matcher;
	}

}
