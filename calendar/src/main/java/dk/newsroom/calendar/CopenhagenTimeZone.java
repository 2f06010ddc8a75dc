package dk.newsroom.calendar;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * Europe/Copenhagen as a VTIMEZONE (the EU summer-time rule in force since 1996). Event
 * times are written in UTC, so no client needs it to place an event; it names the zone
 * the feed is meant to be shown in, and keeps a feed with no events valid (RFC 5545 wants
 * at least one component). The library's own definition is the Berlin one under another
 * name, hence our own.
 */
final class CopenhagenTimeZone {

	static final String TZID = "Europe/Copenhagen";

	private CopenhagenTimeZone() {
	}

	static VTimeZone create() {
		VTimeZone zone = new VTimeZone();
		zone.add(new TzId(TZID));
		zone.add(observance(new Daylight(), "CEST", 1, 2, LocalDateTime.of(1981, 3, 29, 2, 0), 3));
		zone.add(observance(new Standard(), "CET", 2, 1, LocalDateTime.of(1996, 10, 27, 3, 0), 10));
		return zone;
	}

	/** Switches on the last Sunday of {@code month}. */
	private static Observance observance(Observance observance, String name, int fromHours, int toHours,
			LocalDateTime firstOnset, int month) {
		observance.add(new TzName(name));
		observance.add(new TzOffsetFrom(ZoneOffset.ofHours(fromHours)));
		observance.add(new TzOffsetTo(ZoneOffset.ofHours(toHours)));
		observance.add(new DtStart<>(firstOnset));
		observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-1SU"));
		return observance;
	}

}
