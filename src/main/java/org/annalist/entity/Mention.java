package org.annalist.entity;

/**
 * A mention of an entity in a text.
 *
 * @param begin      UTF-16 offset of the first character
 * @param end        offset just after the last character
 * @param how        what kind of evidence: a name, an alias, a demonym, a candidate name, a reference back
 * @param confidence from 0 to 1: dictionary names are sure; candidates and references back less so
 */
public record Mention(int begin, int end, String text, Entity entity, How how, double confidence) {

    public enum How {
        /** The canonical name or a registered alias. */
        NAME,
        /** A nationality adjective or demonym: "iranien", "Iraqi" → the state. */
        DEMONYM,
        /** A capitalised name next to a title ("le porte-parole Judd Deere"): a new person, to be confirmed. */
        CANDIDATE,
        /** A surname alone or a title alone that refers back to a person named earlier. */
        REFERENCE
    }
}
