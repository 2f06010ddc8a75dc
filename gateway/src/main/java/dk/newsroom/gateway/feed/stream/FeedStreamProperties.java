package dk.newsroom.gateway.feed.stream;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The live stream {@code GET /api/feed/stream} ({@code newsroom.feed.stream.*}).
 *
 * @param history how many events are held for clients that resume with
 * {@code Last-Event-ID}; an older id gets a {@code reset}
 * @param clientBuffer how many events one client may fall behind before it is dropped
 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open
 * @param dropGrace how long a dropped client has to take the {@code dropped} event before
 * its stream is closed anyway
 * @param maxAge how long a stream stays open at most (less up to a tenth, at random):
 * then it ends cleanly and the client resumes with {@code Last-Event-ID}, so long-lived
 * connections move between replicas and a replica can be drained
 * @param maxStreams how many streams this gateway keeps open at most; over it a new one
 * is refused with 503
 * @param maxStreamsPerClient how many streams one client (a token subject, else a client
 * address) may have open; over it a new one is refused with 429
 * @param refusedRetryAfter the {@code Retry-After} of a refused stream
 */
@ConfigurationProperties("newsroom.feed.stream")
@Validated
public record FeedStreamProperties(@DefaultValue("10000") @Min(1) @Max(1_000_000) int history,
		@DefaultValue("256") @Min(1) @Max(65_536) int clientBuffer, @DefaultValue("15s") @NotNull Duration heartbeat,
		@DefaultValue("5s") @NotNull Duration dropGrace, @DefaultValue("30m") @NotNull Duration maxAge,
		@DefaultValue("20000") @Min(1) @Max(1_000_000) int maxStreams,
		@DefaultValue("200") @Min(1) @Max(1_000_000) int maxStreamsPerClient,
		@DefaultValue("10s") @NotNull Duration refusedRetryAfter) {

}
