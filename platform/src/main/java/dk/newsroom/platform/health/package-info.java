/**
 * Health checks that work on real MongoDB and on the mongo-java-server stand-in alike.
 */
package dk.newsroom.platform.health;
