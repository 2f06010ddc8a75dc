/**
 * Hostile requests: from one valid JSON body, hundreds of malformed and hostile variants,
 * each knowing the field its 400 must name, and a runner that checks a write endpoint
 * refuses them all without storing anything.
 */
package dk.newsroom.testsupport.hostile;
