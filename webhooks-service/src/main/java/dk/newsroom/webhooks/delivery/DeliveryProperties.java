package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are sent (docs/webhooks.md, "Settings").
 *
 * @param retrySchedule the wait before each retry after a failed attempt: the first entry
 * after the first failure, and so on; when it is used up the delivery has failed for
 * good. The default, 10 retries, spans about 4 days and 4 hours (at least 3 days and 8
 * hours with the jitter).
 * @param jitter each wait is stretched or shortened by up to this share at random (0.2 =
 * ±20 %), so receivers that come back are not hit by every queue at once
 * @param disableAfter a subscription whose deliveries failed continuously (no success)
 * for this long is disabled
 * @param timeout the whole exchange with a receiver (connect, send, answer)
 * @param maxResponseBytes how much of a receiver's answer is read (kept in the log)
 * @param pollInterval how often due deliveries are looked for (new changes wake the
 * dispatcher at once)
 * @param lease how long a delivery being sent is kept from other senders
 * @param batchSize due deliveries a subscription's lane reads per round
 * @param laneConcurrency deliveries of different resources a subscription has in flight
 * at once
 */
@ConfigurationProperties("newsroom.webhooks.delivery")
public record DeliveryProperties(@DefaultValue( {
		"5s", "1m", "10m", "1h", "3h", "8h", "16h", "24h", "24h", "24h" }) List<Duration> retrySchedule,
		@DefaultValue("0.2") double jitter, @DefaultValue("5d") Duration disableAfter,
		@DefaultValue("10s") Duration timeout, @DefaultValue("4096") int maxResponseBytes,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("60s") Duration lease,
		@DefaultValue("100") int batchSize, @DefaultValue("4") int laneConcurrency){

	public DeliveryProperties {
		if (retrySchedule.isEmpty()) {
			throw new IllegalArgumentException("newsroom.webhooks.delivery.retry-schedule must not be empty");
		}
		if (jitter < 0 || jitter >= 1) {
			throw new IllegalArgumentException("newsroom.webhooks.delivery.jitter must be at least 0 and below 1");
		}
	}

}
