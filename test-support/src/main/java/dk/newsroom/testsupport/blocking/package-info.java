/**
 * BlockHound in every test JVM that has the test support on its class path: a blocking
 * call on an event-loop or parallel thread fails the test that made it.
 */
package dk.newsroom.testsupport.blocking;
