package dk.newsroom.gateway.feed.stream;

import java.util.List;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * A page of the feed's changes after a position, each resource once with its latest state
 * (see {@link FeedEventLog#changes}).
 *
 * @param reset the token could not be read as a position (malformed, or from before
 * positions were taken from the topics), or the client has not seen a change that the
 * feed has since forgotten (a removal older than the horizon's retention, an item let go
 * by the horizon): the page starts from the beginning, and the client drops what it holds
 * before applying it
 * @param changes the changes, in the order to apply them
 * @param next the position after the page: the {@code since} of the next request
 * @param more whether more changes follow at once
 */
public record Changes(boolean reset, List<Change> changes, String next, boolean more) {

	/**
	 * A resource's latest change.
	 *
	 * @param ref the resource
	 * @param entry what readers see now, or {@code null} when it left the feed
	 * (withdrawn, deleted, rescheduled)
	 */
	public record Change(ResourceRef ref, @Nullable FeedEntry entry) {

	}

}
