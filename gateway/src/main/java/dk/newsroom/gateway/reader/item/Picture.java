package dk.newsroom.gateway.reader.item;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A picture with its caption and credit, as the contracts carry it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Picture(@Nullable String url, @Nullable String caption, @Nullable String credit) {

}
