/**
 * The people-service: "Navnenyt" job-change notices in MongoDB, every change published to
 * {@code newsroom.people.v1}.
 */
package dk.newsroom.people;
