package dk.newsroom.events.calendar;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the iCalendar output is made.
 *
 * @param uidDomain right-hand side of every UID ({@code <id>@<uidDomain>}); never change
 * it in production, or subscribers see every event twice
 * @param name the feed's display name; a track feed appends the track
 * @param pastWindow how long an ended event stays in the feed, so subscribers keep it
 * @param maxEvents the most events one feed carries
 * @param refreshInterval how often subscribers should fetch the feed again
 */
@Validated
@ConfigurationProperties("newsroom.events.calendar")
public record CalendarProperties(@DefaultValue("events.newsroom.dk") @NotBlank String uidDomain,
		@DefaultValue("Newsroom-arrangementer") @NotBlank String name,
		@DefaultValue("90d") @NotNull Duration pastWindow, @DefaultValue("500") @Min(1) @Max(5000) int maxEvents,
		@DefaultValue("1h") @NotNull Duration refreshInterval) {

}
