/**
 * Network faults for tests: a TCP proxy between a client and a backend whose traffic can
 * be passed, delayed, stalled or refused at runtime, so that one replica's connection to
 * a shared backend degrades while another's does not.
 */
package dk.newsroom.testsupport.faults;
