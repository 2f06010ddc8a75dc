package dk.newsroom.platform.web;

import java.util.List;

/**
 * One page of a keyset-paginated list.
 *
 * @param items the items of this page
 * @param next the cursor of the next page, or null on the last page
 */
public record Page<T>(List<T> items, String next) {

}
