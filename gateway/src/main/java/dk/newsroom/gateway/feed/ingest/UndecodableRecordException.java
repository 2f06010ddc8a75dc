package dk.newsroom.gateway.feed.ingest;

/**
 * Thrown by {@link FeedRecordDecoder} for a record that breaks the topic contract. The
 * message is the reason and never contains the record's value; there is no cause (its
 * message might quote the value) and no stack trace (the reason says it all).
 */
final class UndecodableRecordException extends RuntimeException {

	UndecodableRecordException(String reason) {
		super(reason, null, false, false);
	}

}
