package dk.newsroom.gateway.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Cross-origin access for the site's front end ({@code newsroom.cors.*}).
 *
 * @param allowedOrigins the origins (e.g. {@code https://www.newsroom.dk}) whose pages
 * may call the gateway from a browser; empty (the default): no cross-origin access
 * @param maxAge how long a browser may cache a preflight's answer
 */
@ConfigurationProperties("newsroom.cors")
@Validated
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") @NotNull Duration maxAge) {

}
