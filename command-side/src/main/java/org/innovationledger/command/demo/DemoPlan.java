package org.innovationledger.command.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo as data: phases run one after the other; the chains of a phase run side by side (each chain writes to
 * its own records); the steps of a chain run in order. A step names the ids it needs as references
 * ({@code {studio:3}} in a path, {@code "@studio:3"} as a body value) and may save the id it gets back.
 */
final class DemoPlan {

    private static final Pattern PATH_REFERENCE = Pattern.compile("\\{([^}]+)}");

    /** Where a step's answer goes: the record's id or the created entity's id. */
    enum Save { NOTHING, ID, ENTITY_ID }

    /**
     * One request. {@code optional}: the endpoint may not exist in this version; a 404 skips the rest of the chain.
     */
    record Step(String key, String method, String path, Map<String, Object> body, Save save, String saveAs,
                boolean optional) {

        String resolvedPath(Map<String, String> ids) {
            Matcher matcher = PATH_REFERENCE.matcher(path);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(lookup(ids, matcher.group(1))));
            }
            return matcher.appendTail(resolved).toString();
        }

        Object resolvedBody(Map<String, String> ids) {
            return resolve(body, ids);
        }

        private static Object resolve(Object value, Map<String, String> ids) {
            if (value instanceof String text && text.startsWith("@")) {
                return lookup(ids, text.substring(1));
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> resolved = new LinkedHashMap<>();
                map.forEach((k, v) -> resolved.put((String) k, resolve(v, ids)));
                return resolved;
            }
            if (value instanceof List<?> list) {
                return list.stream().map(item -> resolve(item, ids)).toList();
            }
            return value;
        }

        private static String lookup(Map<String, String> ids, String reference) {
            String id = ids.get(reference);
            if (id == null) {
                throw new IllegalStateException("demo reference " + reference + " is not known yet");
            }
            return id;
        }
    }

    /** Steps on the same records, in order. */
    record Chain(String name, List<Step> steps) {
    }

    record Phase(String name, List<Chain> chains) {

        int steps() {
            return chains.stream().mapToInt(chain -> chain.steps().size()).sum();
        }
    }

    /** Builds a chain: every key starts with the demo's prefix and the chain's name. */
    static final class ChainBuilder {

        private final String name;
        private final List<Step> steps = new ArrayList<>();

        ChainBuilder(String name) {
            this.name = name;
        }

        ChainBuilder post(String step, String path, Map<String, Object> body) {
            return add(step, "POST", path, body, Save.NOTHING, null, false);
        }

        ChainBuilder put(String step, String path, Map<String, Object> body) {
            return add(step, "PUT", path, body, Save.NOTHING, null, false);
        }

        ChainBuilder postSavingId(String step, String path, Map<String, Object> body, String saveAs) {
            return add(step, "POST", path, body, Save.ID, saveAs, false);
        }

        ChainBuilder postSavingEntity(String step, String path, Map<String, Object> body, String saveAs) {
            return add(step, "POST", path, body, Save.ENTITY_ID, saveAs, false);
        }

        ChainBuilder add(String step, String method, String path, Map<String, Object> body, Save save,
                         String saveAs, boolean optional) {
            steps.add(new Step(DemoCounty.KEY_PREFIX + name + "-" + step, method, path, body, save, saveAs, optional));
            return this;
        }

        int size() {
            return steps.size();
        }

        Chain build() {
            return new Chain(name, List.copyOf(steps));
        }
    }

    /** A JSON object with its keys in order; null values are left out. */
    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                body.put((String) keysAndValues[i], keysAndValues[i + 1] instanceof java.time.LocalDate date
                        ? date.toString() : keysAndValues[i + 1]);
            }
        }
        return body;
    }

    private DemoPlan() {
    }
}
