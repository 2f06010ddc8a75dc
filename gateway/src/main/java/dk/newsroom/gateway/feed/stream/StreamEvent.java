package dk.newsroom.gateway.feed.stream;

/**
 * An event as one client sees it, through its filters.
 *
 * @param kind what the change is for this client
 * @param event the change
 */
record StreamEvent(FeedEvent.Kind kind, FeedEvent event) {

}
