package dk.newsroom.platform.access;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param writeScope the scope a token needs to change this service's content, e.g.
 * {@code articles:write}; it also lets the token read the service's drafts
 */
@ConfigurationProperties("newsroom.access")
@Validated
public record AccessProperties(@NotBlank String writeScope) {

}
