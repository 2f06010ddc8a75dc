package dk.newsroom.webhooks.endpoint;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which webhook targets are allowed (docs/webhooks.md, "No server-side request forgery").
 *
 * @param allowHttp whether plain {@code http} targets are allowed (the local stack only);
 * otherwise {@code https} only
 * @param allowedHosts host names (exact, case-insensitive) and addresses or CIDR blocks
 * exempt from the public-address rule, for the local stack (e.g. {@code localhost});
 * empty in production
 */
@ConfigurationProperties("newsroom.webhooks.targets")
public record TargetProperties(@DefaultValue("false") boolean allowHttp, @DefaultValue List<String> allowedHosts) {

}
