/**
 * The local stack launcher: backends in this JVM, the apps as child processes, the demo
 * content, and a clean stop on Ctrl-C.
 */
package dk.newsroom.localstack;
