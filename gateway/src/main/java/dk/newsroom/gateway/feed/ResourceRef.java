package dk.newsroom.gateway.feed;

/** Identifies a resource across content types: ids are only unique within a type. */
public record ResourceRef(ContentType type, String id) {

}
