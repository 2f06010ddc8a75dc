package dk.newsroom.platform.outbox;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the outbox entries of a service's changes, carrying the resource exactly as its
 * API returns it (event-carried state transfer).
 */
public class ChangeEvents {

	private final String typePrefix;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	public ChangeEvents(OutboxProperties properties, JsonMapper jsonMapper, Clock clock) {
		this.typePrefix = properties.eventTypePrefix();
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	public OutboxEntry created(long version, Object resource) {
		return entry("created", version, resource);
	}

	public OutboxEntry updated(long version, Object resource) {
		return entry("updated", version, resource);
	}

	/**
	 * A tombstone: the record's value will be null, its headers still say what happened.
	 */
	public OutboxEntry deleted(long version) {
		return OutboxEntry.create(this.typePrefix + ".deleted", version, this.clock.instant(), null);
	}

	private OutboxEntry entry(String action, long version, Object resource) {
		return OutboxEntry.create(this.typePrefix + "." + action, version, this.clock.instant(),
				this.jsonMapper.writeValueAsString(resource));
	}

}
