package dk.newsroom.platform.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param draftsReadable lets every caller read drafts; for development only, until the
 * security issue brings tokens with a drafts scope. Off by default.
 */
@ConfigurationProperties("newsroom.access")
public record AccessProperties(@DefaultValue("false") boolean draftsReadable) {

}
