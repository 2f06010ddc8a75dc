package dk.newsroom.events.event;

/**
 * Where an event takes place.
 *
 * @param name e.g. "Tivoli Congress Center"
 * @param address street address with postcode; may be null
 * @param city e.g. "København Ø" or "Hellerup"
 */
public record Venue(String name, String address, String city) {

}
