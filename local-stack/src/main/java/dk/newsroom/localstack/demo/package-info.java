/**
 * The demo content: Danish articles loaded through the gateway on the first start.
 */
package dk.newsroom.localstack.demo;
