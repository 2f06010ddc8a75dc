package dk.newsroom.gateway.reader.site;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reader site ({@code newsroom.reader.*}).
 *
 * @param baseUrl the site's public address for canonical URLs, sharing tags and sitemaps,
 * e.g. {@code https://newsroom.dk}; unset: the scheme, host and port each request was
 * made to
 * @param serviceCacheTtl how long a page read from its service (an item behind the
 * gateway's horizon) is reused, found or not found
 * @param serviceTimeout how long a page waits for its service
 * @param calendarUidDomain the right-hand side of the UID of an event's calendar file
 * ({@code <id>@<domain>}): the events-service's
 * {@code newsroom.events.calendar.uid-domain}, so a calendar app that has the event from
 * both sees one event
 */
@ConfigurationProperties("newsroom.reader")
@Validated
public record ReaderProperties(@Nullable String baseUrl, @DefaultValue("30s") @NotNull Duration serviceCacheTtl,
		@DefaultValue("3s") @NotNull Duration serviceTimeout,
		@DefaultValue("events.newsroom.dk") @NotBlank String calendarUidDomain) {

}
