package dk.newsroom.gateway.feed.ingest;

import java.util.Map;
import java.util.Set;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.feed.content.FeedMapper;
import dk.newsroom.gateway.feed.content.MappedResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns a record of a content topic into a {@link FeedChange}: the key (or
 * {@code ce_subject}) is the id, {@code ce_entityversion} the version (the payload's
 * {@code version} if the header is missing), a null value a deletion. A record that
 * breaks the contract is rejected with an {@link UndecodableRecordException}; the caller
 * logs, counts and skips it ({@link FeedTopicsReader}).
 */
final class FeedRecordDecoder {

	private final Map<String, FeedMapper> mappersByTopic;

	FeedRecordDecoder(Map<String, FeedMapper> mappersByTopic) {
		this.mappersByTopic = Map.copyOf(mappersByTopic);
	}

	Set<String> topics() {
		return this.mappersByTopic.keySet();
	}

	/**
	 * @param record a record of one of {@link #topics()}
	 * @return the change
	 * @throws UndecodableRecordException if the record breaks the contract; its message
	 * is the reason, never the value
	 */
	FeedChange decode(ConsumerRecord<String, byte[]> record) {
		FeedMapper mapper = this.mappersByTopic.get(record.topic());
		if (mapper == null) {
			throw new UndecodableRecordException("not a feed topic");
		}
		String id = (record.key() != null) ? record.key()
				: CloudEventHeaders.text(record.headers(), CloudEventHeaders.SUBJECT);
		if (id == null || id.isEmpty()) {
			throw new UndecodableRecordException("no resource id");
		}
		ResourceRef ref = new ResourceRef(mapper.type(), id);
		Long headerVersion = CloudEventHeaders.entityVersion(record.headers());
		byte[] value = record.value();
		if (value == null) {
			if (headerVersion == null) {
				throw new UndecodableRecordException("tombstone without " + CloudEventHeaders.ENTITY_VERSION);
			}
			return FeedChange.unlisted(ref, headerVersion).at(record.partition(), record.offset());
		}
		MappedResource mapped;
		try {
			mapped = mapper.map(id, value);
		}
		catch (RuntimeException ex) {
			throw new UndecodableRecordException(unreadable(ex));
		}
		long version = (headerVersion != null) ? headerVersion : mapped.version();
		FeedItem item = mapped.item();
		return new FeedChange(ref, version, (item != null) ? item.withVersion(version) : null, value,
				record.partition(), record.offset());
	}

	/**
	 * Why the mapper could not read a value, without its message: Jackson's quotes the
	 * offending token or value. For a Jackson exception the JSON path and position say
	 * where.
	 */
	private static String unreadable(RuntimeException ex) {
		StringBuilder reason = new StringBuilder("unreadable value (").append(ex.getClass().getSimpleName());
		if (ex instanceof JacksonException jackson) {
			if (!jackson.getPath().isEmpty()) {
				reason.append(" at ").append(jackson.getPathReference());
			}
			TokenStreamLocation location = jackson.getLocation();
			if (location != null && location.getLineNr() > 0) {
				reason.append(", line ")
					.append(location.getLineNr())
					.append(", column ")
					.append(location.getColumnNr());
			}
		}
		return reason.append(')').toString();
	}

}
