package dk.newsroom.gateway.feed.ingest;

import java.util.Map;
import java.util.Set;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.feed.content.FeedMapper;
import dk.newsroom.gateway.feed.content.MappedResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a record of a content topic into a {@link FeedChange}: the key (or
 * {@code ce_subject}) is the id, {@code ce_entityversion} the version (the payload's
 * {@code version} if the header is missing), a null value a deletion. Records that break
 * the contract are skipped with a warning rather than stopping the feed.
 */
final class FeedRecordDecoder {

	private static final Logger log = LoggerFactory.getLogger(FeedRecordDecoder.class);

	private final Map<String, FeedMapper> mappersByTopic;

	FeedRecordDecoder(Map<String, FeedMapper> mappersByTopic) {
		this.mappersByTopic = Map.copyOf(mappersByTopic);
	}

	Set<String> topics() {
		return this.mappersByTopic.keySet();
	}

	/**
	 * @param record a record of one of {@link #topics()}
	 * @return the change, or {@code null} if the record cannot be used
	 */
	@Nullable FeedChange decode(ConsumerRecord<String, byte[]> record) {
		FeedMapper mapper = this.mappersByTopic.get(record.topic());
		if (mapper == null) {
			return skip(record, "not a feed topic");
		}
		String id = (record.key() != null) ? record.key()
				: CloudEventHeaders.text(record.headers(), CloudEventHeaders.SUBJECT);
		if (id == null || id.isEmpty()) {
			return skip(record, "no resource id");
		}
		ResourceRef ref = new ResourceRef(mapper.type(), id);
		Long headerVersion = CloudEventHeaders.entityVersion(record.headers());
		byte[] value = record.value();
		if (value == null) {
			return (headerVersion != null) ? FeedChange.unlisted(ref, headerVersion)
					: skip(record, "tombstone without " + CloudEventHeaders.ENTITY_VERSION);
		}
		MappedResource mapped;
		try {
			mapped = mapper.map(id, value);
		}
		catch (RuntimeException ex) {
			return skip(record, "unreadable value: " + ex.getMessage());
		}
		long version = (headerVersion != null) ? headerVersion : mapped.version();
		FeedItem item = mapped.item();
		return new FeedChange(ref, version, (item != null) ? item.withVersion(version) : null);
	}

	private static @Nullable FeedChange skip(ConsumerRecord<String, byte[]> record, String reason) {
		log.warn("Skipping record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
		return null;
	}

}
