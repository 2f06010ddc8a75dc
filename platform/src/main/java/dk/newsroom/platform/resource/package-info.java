/**
 * The content-resource mechanism: {@code /api/<plural>} with its lifecycle, store and
 * change events, configured by each content service with its type
 * ({@link dk.newsroom.platform.resource.ContentResource}), its request and its list
 * filters. See docs/adding-a-content-type.md.
 */
package dk.newsroom.platform.resource;
