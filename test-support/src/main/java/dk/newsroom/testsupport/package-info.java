/**
 * Test backends picked once per JVM: containers when Docker is available, in-process
 * stand-ins otherwise; the same test classes run on both.
 */
package dk.newsroom.testsupport;
