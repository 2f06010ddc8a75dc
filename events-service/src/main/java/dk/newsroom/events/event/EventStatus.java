package dk.newsroom.events.event;

/**
 * How the event itself stands, apart from whether it is published: a cancelled event
 * stays public and is shown as cancelled, so readers who planned to go find out.
 */
public enum EventStatus {

	/** Going ahead as announced. */
	SCHEDULED,

	/** Going ahead, but no seats are left. */
	SOLD_OUT,

	/** Will not take place. */
	CANCELLED

}
