/**
 * The feed's memory: the gateway's heap after a forced GC against the items in its feed,
 * optionally after loading extra articles.
 */
package dk.newsroom.bench.memory;
