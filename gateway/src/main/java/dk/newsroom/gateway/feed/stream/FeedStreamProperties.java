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
 */
@ConfigurationProperties("newsroom.feed.stream")
@Validated
public record FeedStreamProperties(@DefaultValue("10000") @Min(1) @Max(1_000_000) int history,
		@DefaultValue("256") @Min(1) @Max(65_536) int clientBuffer, @DefaultValue("15s") @NotNull Duration heartbeat,
		@DefaultValue("5s") @NotNull Duration dropGrace) {

}
