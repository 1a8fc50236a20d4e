package org.stance4j.article;

/**
 * Who said a quote, as the article names them.
 *
 * @param name a person's name, or an organisation or description ("the ministry")
 * @param role the person's title or affiliation, or null
 * @param person whether the name is a person's (so that "he" or "she" can refer to it later)
 * @param plural whether it names several people or a body ("officials", "the unions"), which "they" can refer to
 */
record Speaker(String name, String role, boolean person, boolean plural) {
}
