/**
 * HTTP conventions every service shares: strict JSON, RFC 9457 problem details naming the
 * field, ETags from versions, keyset cursors.
 */
package dk.newsroom.platform.web;
