package dk.newsroom.gateway.feed;

/**
 * Something besides the projection that is built from every change read from the content
 * topics (the search index): it is handed each decoded change after the projection,
 * whether or not the projection kept it, in the order of the topics' partitions, on the
 * feed reader's thread. It applies the version rule itself.
 * <p>
 * A sink must not throw: a failure to apply one change is its own to log and count, and
 * must not stop the feed.
 */
public interface FeedChangeSink {

	/**
	 * A change read from a topic (a record that could not be decoded is not handed on).
	 * @param change the change, with the record value it was read from
	 */
	void accept(FeedChange change);

	/**
	 * The reader has read every partition up to the end offset it saw when it first
	 * reached the broker: every change that existed then was handed over. Told once.
	 */
	default void caughtUp() {
	}

}
