/**
 * How the gateway's web layer keeps its event-loop threads free of blocking work.
 */
@NullMarked
package dk.newsroom.gateway.web;

import org.jspecify.annotations.NullMarked;
