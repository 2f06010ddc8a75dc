/**
 * The layout of the data folder and the lock that keeps two stacks off the same one.
 */
package dk.newsroom.localstack.datadir;
