/**
 * People news ("Navnenyt"): what a notice is, its lifecycle, its API and its storage.
 */
package dk.newsroom.people.notice;
