/**
 * Who may read what is not public yet; the seam the security issue fills in.
 */
package dk.newsroom.platform.access;
