package dk.newsroom.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import dk.newsroom.example.consumer.ContentCopy;
import dk.newsroom.example.consumer.ContentType;
import dk.newsroom.faults.Editors.Acknowledged;
import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What must hold once the faults are over and the writes have stopped, read from every
 * side: the store (MongoDB, directly), the topic ({@code read_committed}, from the
 * beginning), the gateway's feed and the example consumer's copy.
 */
final class Convergence {

	static final String TOPIC = "newsroom.articles.v1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MongoCollection<Document> articles;

	private final String bootstrap;

	private final URI gateway;

	private final ContentCopy copy;

	private final String tag;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	Convergence(MongoCollection<Document> articles, String bootstrap, URI gateway, ContentCopy copy, String tag) {
		this.articles = articles;
		this.bootstrap = bootstrap;
		this.gateway = gateway;
		this.copy = copy;
		this.tag = tag;
	}

	/**
	 * Everything that is not (yet) as it must be; empty once converged.
	 * @param acknowledged what the editors were told
	 */
	Result check(Map<String, Acknowledged> acknowledged) {
		Map<String, Document> store = new HashMap<>();
		for (Document document : this.articles.find()) {
			store.put(document.get("_id").toString(), document);
		}
		Set<String> ids = new HashSet<>(store.keySet());
		ids.addAll(acknowledged.keySet());
		Map<String, List<Record>> topic = readTopic(ids);
		Map<String, Long> feed = feed();
		Instant now = Instant.now();
		List<String> problems = new ArrayList<>();
		int lost = 0;
		int outOfOrder = 0;
		for (String id : ids) {
			Document stored = store.get(id);
			Acknowledged told = acknowledged.get(id);
			List<Record> records = topic.getOrDefault(id, List.of());
			Record last = records.isEmpty() ? null : records.get(records.size() - 1);
			long highest = 0;
			for (Record record : records) {
				if (record.version() < highest) {
					outOfOrder++;
					problems.add(id + ": record of version " + record.version() + " after version " + highest);
				}
				highest = Math.max(highest, record.version());
			}
			boolean live = stored != null && !stored.getBoolean("deleted", false);
			if (told != null && stored != null && stored.getLong("version") < told.version()) {
				lost++;
				problems.add(id + ": stored version " + stored.getLong("version") + " is older than the acknowledged "
						+ told.version());
			}
			if (told != null && stored == null && !"DELETED".equals(told.status())
					&& (last == null || !last.tombstone())) {
				lost++;
				problems.add(id + ": acknowledged as " + told.status() + " v" + told.version()
						+ ", gone from the store without a tombstone");
			}
			if (stored != null && stored.containsKey("outbox")) {
				problems.add(id + ": change v" + stored.getLong("version") + " still pending");
			}
			if (live) {
				long version = stored.getLong("version");
				if (last == null || last.tombstone() || last.version() != version) {
					problems.add(id + ": last record " + last + " but the store has v" + version);
				}
			}
			else if (last == null || !last.tombstone()) {
				problems.add(id + ": deleted, but the last record is " + last);
			}
			boolean listed = live && "PUBLISHED".equals(stored.getString("status"))
					&& stored.getDate("publishedAt") != null && !stored.getDate("publishedAt").toInstant().isAfter(now);
			Long inFeed = feed.get(id);
			if (listed && (inFeed == null || inFeed != stored.getLong("version"))) {
				problems.add(id + ": the feed has " + inFeed + ", the store published v" + stored.getLong("version"));
			}
			if (!listed && inFeed != null) {
				problems.add(id + ": in the feed at v" + inFeed + " but not published in the store");
			}
			long copied = this.copy.version(ContentType.ARTICLE, id).orElse(-1);
			long expected = live ? stored.getLong("version") : ((last != null) ? last.version() : -1);
			if (copied != expected) {
				problems.add(id + ": the example consumer has v" + copied + ", expected v" + expected);
			}
		}
		return new Result(List.copyOf(problems), ids.size(), lost, outOfOrder);
	}

	/** Every record of the given keys on the topic, in offset order per key. */
	private Map<String, List<Record>> readTopic(Set<String> ids) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed");
		Map<String, List<Record>> records = new HashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(TOPIC, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (partitions.stream().anyMatch((p) -> consumer.position(p) < end.get(p))) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Could not read " + TOPIC + " to " + end);
				}
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (ids.contains(record.key())) {
						records.computeIfAbsent(record.key(), (key) -> new ArrayList<>())
							.add(new Record(version(record), record.value() == null));
					}
				}
			}
		}
		return records;
	}

	private static long version(ConsumerRecord<String, byte[]> record) {
		Header header = record.headers().lastHeader("ce_entityversion");
		return Long.parseLong(new String(header.value(), StandardCharsets.UTF_8));
	}

	/** This run's articles in the gateway's feed: id to version. */
	private Map<String, Long> feed() {
		Map<String, Long> items = new HashMap<>();
		String cursor = null;
		do {
			String query = "/api/feed?type=article&limit=100&tag=" + URLEncoder.encode(this.tag, StandardCharsets.UTF_8)
					+ ((cursor != null) ? "&cursor=" + cursor : "");
			HttpRequest request = HttpRequest.newBuilder(this.gateway.resolve(query))
				.timeout(Duration.ofSeconds(10))
				.header("Authorization", TestTokens.bearer(Scopes.DRAFTS_READ))
				.GET()
				.build();
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException("The feed answered " + response.statusCode());
				}
				JsonNode page = JSON.readTree(response.body());
				for (JsonNode item : page.get("items")) {
					items.put(item.get("id").asString(), item.get("version").asLong());
				}
				cursor = page.get("next").isNull() ? null : page.get("next").asString();
			}
			catch (IOException ex) {
				throw new IllegalStateException("The gateway does not answer: " + ex, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		while (cursor != null);
		return items;
	}

	record Record(long version, boolean tombstone) {
	}

	/**
	 * @param problems what is not as it must be
	 * @param resources how many ids were checked
	 * @param lost acknowledged writes the store or the topic no longer has
	 * @param outOfOrder committed records of a key older than one before them
	 */
	record Result(List<String> problems, int resources, int lost, int outOfOrder) {

		boolean converged() {
			return this.problems.isEmpty();
		}

	}

}
