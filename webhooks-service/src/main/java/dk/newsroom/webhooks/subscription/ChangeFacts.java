package dk.newsroom.webhooks.subscription;

import java.util.List;

/**
 * What a filter looks at in a change.
 *
 * @param type {@code article}, {@code event} or {@code person}
 * @param change {@code added}, {@code changed} or {@code removed}
 * @param section the article's section, or null
 * @param track the event's track, or null
 * @param tags the resource's tags; empty for a removal (a tombstone carries no state)
 * @param removal whether the change is a deletion, whose section, track and tags are
 * unknown
 */
public record ChangeFacts(String type, String change, String section, String track, List<String> tags,
		boolean removal) {

}
