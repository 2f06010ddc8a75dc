/**
 * Reading and writing a service's outboxed content documents the same way in every
 * service.
 */
package dk.newsroom.platform.store;
