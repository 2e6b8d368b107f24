package org.augur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a forecast's cue words stand in its sentence, to highlight them. forecasts.csv gives the cues as
 * words ("is expected to", "not"), not offsets, so they are found again: as whole words first (case and
 * spacing ignored, ' matching ’), and only when a cue is not a whole word anywhere, at the end of a word
 * (the "not" of "cannot", the "n't" of "don't", but not the "Not" of "Nothing").
 */
final class CueMarks {
    private CueMarks() {
    }

    /** Sorted, non-overlapping {@code [begin, end)} pairs of {@code text}'s chars. */
    static List<int[]> find(String text, List<String> cues) {
        List<int[]> spans = new ArrayList<>();
        for (String cue : cues) {
            if (cue.isBlank()) {
                continue;
            }
            String words = pattern(cue.strip());
            if (!addAll(spans, Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text))) {
                addAll(spans, Pattern.compile(words + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(text));
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        return merged;
    }

    private static String pattern(String cue) {
        StringBuilder sb = new StringBuilder();
        for (String word : cue.split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append("\\s+");
            }
            for (String part : word.split("'", -1)) {
                sb.append(part.isEmpty() ? "" : Pattern.quote(part)).append("['’]");
            }
            sb.setLength(sb.length() - "['’]".length());
        }
        return sb.toString();
    }

    private static boolean addAll(List<int[]> spans, Matcher m) {
        boolean found = false;
        while (m.find()) {
            if (m.end() > m.start()) {
                spans.add(new int[] {m.start(), m.end()});
                found = true;
            }
        }
        return found;
    }
}
