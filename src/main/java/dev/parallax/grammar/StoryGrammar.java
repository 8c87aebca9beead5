package dev.parallax.grammar;

import dev.parallax.grammar.engine.GrammarMatch;
import dev.parallax.grammar.engine.Segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A story's grammar issues: per version, per paragraph, after the story's ignored matches and disabled rules. */
public record StoryGrammar(long id, String title, List<VersionGrammar> versions, List<String> disabledRules) {

    /**
     * One version's issues. {@code checkedAs} is LanguageTool's language (null with a {@code note} when it
     * cannot check this language); {@code pending} means the checks have not finished yet.
     */
    public record VersionGrammar(long id, String key, String outlet, String language, String direction, String languageName,
                                 String kind, Long translationOfId, String translationOfLabel, String checkedAs, String note,
                                 String bilingualNote, boolean pending, List<ParagraphGrammar> paragraphs,
                                 int checksDone, int checksTotal) {

        /** Paragraph checks still running while {@link #pending}. */
        public int checksRemaining() {
            return checksTotal - checksDone;
        }

        public int total() {
            return paragraphs.stream().mapToInt(p -> p.matches().size()).sum();
        }

        public int bilingualTotal() {
            return paragraphs.stream().mapToInt(p -> p.bilingual().size()).sum();
        }

        /** Matches per category name, most frequent first. */
        public List<CategoryCount> countsByCategory() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ParagraphGrammar p : paragraphs) {
                for (GrammarMatch m : p.matches()) {
                    counts.merge(m.englishCategory(), 1, Integer::sum);
                }
            }
            List<CategoryCount> list = new ArrayList<>();
            counts.forEach((name, n) -> list.add(new CategoryCount(name, n)));
            list.sort(Comparator.comparingInt(CategoryCount::count).reversed().thenComparing(CategoryCount::category));
            return list;
        }

        /** The rules that raised matches here, for "disable for this story". */
        public List<String> rules() {
            return paragraphs.stream().flatMap(p -> p.matches().stream()).map(GrammarMatch::rule).distinct().sorted().toList();
        }

        public boolean checked() {
            return checkedAs != null && !pending;
        }
    }

    public record ParagraphGrammar(int index, String text, String textHash, List<GrammarMatch> matches,
                                   List<GrammarMatch> bilingual, List<Integer> sourceIndexes) {

        public List<Segments.Part> parts() {
            return Segments.of(text, matches);
        }
    }

    public record CategoryCount(String category, int count) {
    }
}
