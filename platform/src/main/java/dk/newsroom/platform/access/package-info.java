/**
 * Who may do what in a content service: the filter chain (anonymous reads, scoped writes)
 * and the draft access the controllers ask.
 */
package dk.newsroom.platform.access;
