/**
 * The apps (services and gateway) the stack runs as child processes: the table of them,
 * launching, readiness and stopping.
 */
package dk.newsroom.localstack.app;
