/**
 * Mechanisms shared by the content services; never another service's model.
 */
package dk.newsroom.platform;
