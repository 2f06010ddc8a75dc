package dk.newsroom.webhooks.subscription;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rotationOverlap how long a secret replaced by a rotation still signs deliveries
 * (beside the new one)
 */
@ConfigurationProperties("newsroom.webhooks.subscriptions")
public record SubscriptionProperties(@DefaultValue("24h") Duration rotationOverlap) {

}
