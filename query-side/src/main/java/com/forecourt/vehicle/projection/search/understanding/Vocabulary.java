package com.forecourt.vehicle.projection.search.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The buyers' vocabulary of {@code search/vocabulary.txt}: concepts and the phrases that name them, other spellings
 * of models, phrases that stay words and words that carry no meaning. Loaded once; immutable. The file's format is
 * described in its header and in docs/search.md; a file that contradicts itself (a phrase of two concepts, a
 * setting that names an unknown concept) is refused when loaded.
 */
public final class Vocabulary {

    /** The vocabulary on the classpath. */
    public static final String RESOURCE = "search/vocabulary.txt";

    private static volatile Vocabulary standard;

    private final int version;
    private final List<Concept> concepts;
    private final Map<String, Concept> byLabel = new HashMap<>();
    private final Map<String, Concept> byId = new HashMap<>();
    private final Map<List<String>, Concept> phrases = new HashMap<>();
    private final Map<List<String>, Concept> seen = new HashMap<>();
    private final Set<List<String>> kept = new HashSet<>();
    private final Set<List<String>> ignored;
    private final Set<String> preferred;
    private final Map<String, List<String>> synonyms;
    private final Map<String, List<String>> modelSpellings;
    private final int longestPhrase;
    private final Map<String, List<String>> whenIds = new HashMap<>();
    private final Map<String, String> unlessIds = new HashMap<>();
    private final Map<String, String> prefixIds = new LinkedHashMap<>();

    private Vocabulary(int version, List<Concept> concepts, Set<List<String>> kept, Set<List<String>> ignored,
                       Set<String> preferred, Map<String, List<String>> synonyms,
                       Map<String, List<String>> modelSpellings) {
        this.version = version;
        this.concepts = List.copyOf(concepts);
        this.ignored = Set.copyOf(ignored);
        this.preferred = Set.copyOf(preferred);
        this.synonyms = Map.copyOf(synonyms);
        this.modelSpellings = Map.copyOf(modelSpellings);
        this.kept.addAll(kept);
        int longest = kept.stream().mapToInt(List::size).max().orElse(1);
        longest = Math.max(longest, ignored.stream().mapToInt(List::size).max().orElse(1));
        for (Concept concept : concepts) {
            if (byLabel.put(key(concept.label()), concept) != null) {
                throw new IllegalArgumentException("Two concepts are labelled " + concept.label());
            }
            byId.put(concept.id(), concept);
            for (List<String> phrase : concept.phrases()) {
                Concept other = phrases.put(phrase, concept);
                if (other != null && other != concept) {
                    throw new IllegalArgumentException("'" + String.join(" ", phrase) + "' names both "
                            + other.label() + " and " + concept.label());
                }
                longest = Math.max(longest, phrase.size());
            }
            for (List<String> phrase : concept.seen()) {
                seen.put(phrase, concept);
                longest = Math.max(longest, phrase.size());
            }
        }
        for (Concept concept : concepts) {
            for (String label : concept.similar()) {
                Concept similar = byLabel.get(key(label));
                if (similar == null || similar.kind() != ConceptKind.MAKE) {
                    throw new IllegalArgumentException(concept.label() + ": similar make " + label + " is unknown");
                }
            }
            List<String> referenced = new ArrayList<>(concept.when());
            if (concept.unless() != null) {
                referenced.add(concept.unless());
            }
            for (String label : referenced) {
                if (!byLabel.containsKey(key(label))) {
                    throw new IllegalArgumentException(concept.label() + ": concept " + label + " is unknown");
                }
            }
        }
        this.longestPhrase = longest;
        for (Concept concept : concepts) {
            whenIds.put(concept.id(), concept.when().stream().map(label -> byLabel.get(key(label)).id()).toList());
            if (concept.unless() != null) {
                unlessIds.put(concept.id(), byLabel.get(key(concept.unless())).id());
            }
            concept.prefixes().forEach(prefix -> prefixIds.put(prefix, concept.id()));
        }
    }

    /** The vocabulary on the classpath, loaded on first use. */
    public static Vocabulary standard() {
        Vocabulary vocabulary = standard;
        if (vocabulary == null) {
            synchronized (Vocabulary.class) {
                if (standard == null) {
                    try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("Missing " + RESOURCE);
                        }
                        standard = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + RESOURCE, e);
                    }
                }
                vocabulary = standard;
            }
        }
        return vocabulary;
    }

    /** Reads a vocabulary in the format of {@code search/vocabulary.txt}. */
    public static Vocabulary parse(String text) {
        Integer version = null;
        List<Concept> concepts = new ArrayList<>();
        Set<List<String>> kept = new HashSet<>();
        Set<List<String>> ignored = new HashSet<>();
        Set<String> preferred = new HashSet<>();
        Map<String, List<String>> synonyms = new HashMap<>();
        Map<String, List<String>> modelSpellings = new LinkedHashMap<>();
        int number = 0;
        for (String raw : text.split("\n")) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("Line " + number + " has no content: " + line);
            }
            String kind = line.substring(0, space);
            String rest = line.substring(space + 1).strip();
            switch (kind) {
                case "version" -> version = Integer.parseInt(rest);
                case "keep" -> list(rest).forEach(phrase -> kept.add(Words.texts(phrase)));
                case "ignore" -> list(rest).forEach(phrase -> ignored.add(Words.texts(phrase)));
                case "prefer" -> list(rest).forEach(word -> preferred.add(Words.fold(word)));
                case "synonyms" -> {
                    List<String> group = list(rest).stream().map(Words::fold).toList();
                    for (String word : group) {
                        if (synonyms.put(word, group) != null) {
                            throw new IllegalArgumentException("Line " + number + ": " + word + " is in two groups");
                        }
                    }
                }
                case "model" -> model(rest, number, modelSpellings);
                default -> concepts.add(concept(kind, rest, number));
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("The vocabulary has no version line");
        }
        return new Vocabulary(version, concepts, kept, ignored, preferred, synonyms, modelSpellings);
    }

    private static Concept concept(String kind, String rest, int number) {
        ConceptKind conceptKind;
        try {
            conceptKind = ConceptKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("Line " + number + ": unknown kind " + kind);
        }
        String[] parts = rest.split("\\|");
        int equals = parts[0].indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("Line " + number + ": no '=' after the label");
        }
        String label = parts[0].substring(0, equals).strip();
        List<List<String>> phrases = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        phrases.add(Words.texts(label));
        for (String phrase : list(parts[0].substring(equals + 1))) {
            if (phrase.endsWith("*")) {
                String prefix = Words.fold(phrase.substring(0, phrase.length() - 1));
                prefixes.add(prefix);
                phrases.add(List.of(prefix));
            } else {
                List<String> words = Words.texts(phrase);
                if (!words.isEmpty() && !phrases.contains(words)) {
                    phrases.add(words);
                }
            }
        }
        String value = null;
        String unless = null;
        List<List<String>> seen = List.of();
        List<String> similar = List.of();
        List<String> when = List.of();
        boolean onlyWhen = false;
        for (int i = 1; i < parts.length; i++) {
            String setting = parts[i].strip();
            int space = setting.indexOf(' ');
            String name = space < 0 ? setting : setting.substring(0, space);
            String values = space < 0 ? "" : setting.substring(space + 1);
            switch (name) {
                case "value" -> value = values.strip();
                case "similar" -> similar = list(values);
                case "seen" -> seen = list(values).stream().map(Words::texts).toList();
                case "when" -> when = list(values);
                case "unless" -> unless = values.strip();
                case "only-when" -> onlyWhen = true;
                default -> throw new IllegalArgumentException("Line " + number + ": unknown setting " + name);
            }
        }
        return new Concept(Concept.id(conceptKind, label), conceptKind, label, value, phrases, prefixes, seen, similar,
                when, unless, onlyWhen);
    }

    private static void model(String rest, int number, Map<String, List<String>> modelSpellings) {
        int slash = rest.indexOf('/');
        int equals = rest.indexOf('=');
        if (slash < 0 || equals < slash) {
            throw new IllegalArgumentException("Line " + number + ": a model line is 'model Make / Model = spellings'");
        }
        String make = rest.substring(0, slash).strip();
        String model = rest.substring(slash + 1, equals).strip();
        List<String> spellings = new ArrayList<>();
        spellings.add(model);
        spellings.addAll(list(rest.substring(equals + 1)));
        for (String spelling : spellings) {
            modelSpellings.put(modelKey(make, spelling), spellings);
        }
    }

    private static List<String> list(String values) {
        return Arrays.stream(values.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String key(String label) {
        return String.join(" ", Words.texts(label));
    }

    private static String modelKey(String make, String model) {
        return key(make) + "/" + String.join("", Words.texts(model));
    }

    /** Raised whenever a change affects indexed cars. */
    public int version() {
        return version;
    }

    public List<Concept> concepts() {
        return concepts;
    }

    /** The concept with a label (case, accents and punctuation ignored). */
    public Optional<Concept> byLabel(String label) {
        return Optional.ofNullable(byLabel.get(key(label)));
    }

    /** The concept with an id ({@link Concept#id()}). */
    public Optional<Concept> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The longest phrase, in words, of a concept or of the phrases that stay words. */
    int longestPhrase() {
        return longestPhrase;
    }

    /** The concept a phrase names, or null. */
    Concept named(List<String> phrase) {
        return phrases.get(phrase);
    }

    /** The concept a phrase shows in a listing: a phrase that names it, or one it is only seen by. */
    Concept seenIn(List<String> phrase) {
        Concept concept = phrases.get(phrase);
        return concept != null && !concept.onlyWhen() ? concept : seen.get(phrase);
    }

    /** Whether a phrase names a model and stays words. */
    boolean kept(List<String> phrase) {
        return kept.contains(phrase);
    }

    /** Whether a phrase carries no meaning in a search. */
    boolean ignored(List<String> phrase) {
        return ignored.contains(phrase);
    }

    /** Whether a word describes rather than names: it ranks cars whose listings use it, and never excludes one. */
    boolean preferred(String word) {
        return preferred.contains(word);
    }

    /** A word and the words that mean the same in a search ({@code small}, {@code compact}, ...), itself first. */
    public List<String> synonyms(String word) {
        List<String> group = synonyms.get(word);
        if (group == null) {
            return List.of(word);
        }
        List<String> words = new ArrayList<>(List.of(word));
        group.stream().filter(w -> !w.equals(word)).forEach(words::add);
        return words;
    }

    /** The make a listing's make is (its label or another spelling of it), or null for a make not in the vocabulary. */
    public Concept make(String make) {
        Concept concept = phrases.get(Words.texts(make));
        return concept != null && concept.kind() == ConceptKind.MAKE ? concept : null;
    }

    /** Every spelling of a model of a make, the model's own included; empty when the vocabulary has none. */
    List<String> modelSpellings(String make, String model) {
        Concept concept = make(make);
        String makeLabel = concept == null ? make : concept.label();
        return modelSpellings.getOrDefault(modelKey(makeLabel, model), List.of());
    }

    /** The ids of the concepts that give a car this one ({@code when}), by id. */
    List<String> whenIds(Concept concept) {
        return whenIds.get(concept.id());
    }

    /** The id of the concept that keeps a car from having this one ({@code unless}), or null. */
    String unlessId(Concept concept) {
        return unlessIds.get(concept.id());
    }

    /** Beginnings of words that show a concept in a listing, with the concept's id. */
    Map<String, String> prefixIds() {
        return prefixIds;
    }

    /** Concepts of some kinds. */
    List<Concept> ofKind(Collection<ConceptKind> kinds) {
        return concepts.stream().filter(c -> kinds.contains(c.kind())).toList();
    }
}
