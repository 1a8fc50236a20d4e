package org.stance4j.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people, organisations and groups an article has named so far, in order, so that later
 * references ("she said", "the minister added", "Sorokina warned", "the agency said") find who
 * they mean: the nearest earlier one that fits. One per article.
 */
final class Mentions {
    /** Nouns that stand for an organisation known only by its brand: "Chatterly ... the company said". */
    private static final Set<String> BRAND_NOUNS = Set.of("company", "firm", "platform", "group");

    private final List<Speaker> people = new ArrayList<>();
    private final List<Speaker> organisations = new ArrayList<>();
    private Speaker lastPerson;
    private Speaker lastGroup;

    /** A speaker or subject just met: people for he/she, groups and bodies for they. */
    void remember(Speaker s) {
        if (s.person()) {
            lastPerson = s;
            people.add(s);
        } else if (s.plural()) {
            lastGroup = s;
        }
    }

    /** An organisation just named, for "the agency said" later. */
    void rememberOrganisation(Speaker organisation) {
        organisations.add(organisation);
    }

    /** The person named last whose first name does not rule out the pronoun's gender (any person for UNKNOWN). */
    Speaker nearestPerson(FirstNameGenders.Gender pronoun) {
        for (int i = people.size() - 1; i >= 0; i--) {
            FirstNameGenders.Gender gender = FirstNameGenders.of(people.get(i).name());
            if (pronoun == FirstNameGenders.Gender.UNKNOWN || gender == pronoun || gender == FirstNameGenders.Gender.UNKNOWN) {
                return people.get(i);
            }
        }
        return lastPerson;
    }

    /** Who "they" are: the group or body named last, else the person. */
    Speaker nearestGroup() {
        return lastGroup != null ? lastGroup : lastPerson;
    }

    /** "the minister said": the person named last whose role has that word. */
    Speaker personWithRole(String roleWord) {
        for (int i = people.size() - 1; i >= 0; i--) {
            String role = people.get(i).role();
            if (role != null && words(role).contains(roleWord)) {
                return people.get(i);
            }
        }
        return null;
    }

    /** "Sorokina warned": the person named last whose full name ends with the surname, or null. */
    Speaker personWithSurname(String surname) {
        String suffix = " " + surname.toLowerCase(Locale.ROOT);
        for (int i = people.size() - 1; i >= 0; i--) {
            if (people.get(i).name().toLowerCase(Locale.ROOT).endsWith(suffix)) {
                return people.get(i);
            }
        }
        return null;
    }

    /**
     * "the agency said": the organisation named last whose name has that noun; for "the company"
     * and the like, else the last one named by brand alone (no word such as "ministry" in its name).
     */
    Speaker organisationCalled(String noun, Set<String> organisationWords) {
        for (int i = organisations.size() - 1; i >= 0; i--) {
            if (words(organisations.get(i).name()).contains(noun)) {
                return organisations.get(i);
            }
        }
        if (BRAND_NOUNS.contains(noun)) {
            for (int i = organisations.size() - 1; i >= 0; i--) {
                List<String> name = words(organisations.get(i).name());
                if (organisationWords.stream().noneMatch(name::contains)) {
                    return organisations.get(i);
                }
            }
        }
        return null;
    }

    private static List<String> words(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    }
}
