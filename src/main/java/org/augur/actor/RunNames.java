package org.augur.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One canonical name per person across a run: an article that says only "Putin" gets "Vladimir Putin"
 * when other articles of the run name exactly one person ending in "Putin". Ambiguous short names
 * (two Smiths in the run) are left as they are. Accents and middle initials are ignored when comparing.
 */
public final class RunNames {
    private final Set<String> fullNames = new LinkedHashSet<>();

    /** Records a person's canonical name as one article gave it. */
    public void observe(String name, ActorType type) {
        String full = fullName(name, type);
        if (full != null) {
            fullNames.add(full);
        }
    }

    /** Short name → the run's one fuller name for it. */
    public Map<String, String> renames(Iterable<String> personNames) {
        Map<String, List<String>> bySuffix = new HashMap<>();
        for (String full : fullNames) {
            for (String suffix : suffixes(full)) {
                bySuffix.computeIfAbsent(suffix, k -> new ArrayList<>()).add(full);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String name : personNames) {
            List<String> candidates = bySuffix.getOrDefault(key(name), List.of());
            if (candidates.size() == 1 && !candidates.get(0).equals(name)) {
                out.put(name, candidates.get(0));
            }
        }
        return out;
    }

    /**
     * The full name of a person as {@link #observe} keeps it, or null when the name is not one (not a
     * person, or a single word).
     */
    public static String fullName(String name, ActorType type) {
        return type == ActorType.PERSON && name.strip().contains(" ") ? name.strip() : null;
    }

    /** The shorter names a full name stands for: its plain words without the first, the first two, … */
    public static List<String> suffixes(String full) {
        String[] words = RuleActorFinder.plain(full).split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
        return out;
    }

    /** What a short name is looked up by among the {@link #suffixes} of the run's full names. */
    public static String key(String name) {
        return RuleActorFinder.plain(name.strip());
    }
}
