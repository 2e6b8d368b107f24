/**
 * Actors: the people, organisations and places an article names, one {@link org.augur.actor.Actor} per
 * real-world actor with a canonical name, a type decided by all of its mentions, a title and its aliases.
 */
package org.augur.actor;
