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
        if (type == ActorType.PERSON && name.strip().contains(" ")) {
            fullNames.add(name.strip());
        }
    }

    /** Short name → the run's one fuller name for it. */
    public Map<String, String> renames(Iterable<String> personNames) {
        Map<String, List<String>> bySuffix = new HashMap<>();
        for (String full : fullNames) {
            String[] words = RuleActorFinder.plain(full).split(" ");
            for (int i = 1; i < words.length; i++) {
                String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                bySuffix.computeIfAbsent(suffix, k -> new ArrayList<>()).add(full);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String name : personNames) {
            List<String> candidates = bySuffix.getOrDefault(RuleActorFinder.plain(name.strip()), List.of());
            if (candidates.size() == 1 && !candidates.get(0).equals(name)) {
                out.put(name, candidates.get(0));
            }
        }
        return out;
    }
}
