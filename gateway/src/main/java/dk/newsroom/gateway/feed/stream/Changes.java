package dk.newsroom.gateway.feed.stream;

import java.util.List;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * A page of the feed's changes after a position, each resource once with its latest state
 * (see {@link FeedEventLog#changes}).
 *
 * @param reset the position was not one of this log (another gateway instance, or before
 * a restart): the page starts from the beginning, and the client drops what it holds
 * before applying it
 * @param changes the changes, oldest first
 * @param next the position after the last change of the page (or the log's newest when
 * the page is empty): the {@code since} of the next request
 * @param more whether more changes follow at once
 */
public record Changes(boolean reset, List<Change> changes, String next, boolean more) {

	/**
	 * A resource's latest change.
	 *
	 * @param sequence its position in the log
	 * @param ref the resource
	 * @param entry what readers see now, or {@code null} when it left the feed
	 * (withdrawn, deleted, rescheduled)
	 */
	public record Change(long sequence, ResourceRef ref, @Nullable FeedEntry entry) {

	}

}
