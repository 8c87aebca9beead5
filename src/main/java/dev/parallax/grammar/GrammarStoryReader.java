package dev.parallax.grammar;

import dev.parallax.story.Paragraph;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a story's grammar needs once, as plain values (texts, hashes, source pairs, disabled rules, ignored
 * matches), so that the checks run on the workers without holding a transaction or touching entities.
 */
@ApplicationScoped
public class GrammarStoryReader {

    @Inject
    StoryService stories;
    @Inject
    SourceParagraphs sources;

    /** The id of the story a version belongs to (404 for an unknown version). */
    public long storyOf(long versionId) {
        return QuarkusTransaction.requiringNew().call(() -> stories.version(versionId).story.id);
    }

    record ParagraphText(int index, String text, String hash, ParagraphPair pair) {
    }

    record VersionText(long id, String key, String outlet, String language, String direction, String languageName, String kind,
                       Long translationOfId, String translationOfLabel, String sourceLanguage, String pairingNote,
                       List<ParagraphText> paragraphs) {
    }

    record IgnoreKey(long versionId, String textHash, String rule, int offset, String matchedText) {
    }

    record StoryText(long id, String title, List<VersionText> versions, Set<String> disabledRules, Set<IgnoreKey> ignores) {
    }

    /** The story's versions, paragraphs, source pairs, disabled rules and ignored matches, read in one short transaction. */
    StoryText snapshot(long storyId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Story story = stories.story(storyId);
            List<VersionText> versions = new ArrayList<>();
            for (Version v : story.versions) {
                Map<Integer, ParagraphPair> pairs = new HashMap<>();
                String pairingNote = null;
                if (v.translationOf != null) {
                    for (ParagraphPair pair : sources.pairsFor(v)) {
                        pairs.put(pair.targetIndex(), pair);
                    }
                    if (pairs.isEmpty()) {
                        pairingNote = sources.whyUnpaired(v);
                    }
                }
                List<ParagraphText> paragraphs = new ArrayList<>();
                for (Paragraph p : v.paragraphs) {
                    paragraphs.add(new ParagraphText(p.ordinal, p.text, GrammarCache.hash(p.text), pairs.get(p.ordinal)));
                }
                versions.add(new VersionText(v.id, v.key, v.outlet, v.language, v.direction(), v.languageName(), v.kind.label(),
                        v.translationOf == null ? null : v.translationOf.id, v.translationOf == null ? null : v.translationOf.label(),
                        v.translationOf == null ? null : v.translationOf.language, pairingNote, paragraphs));
            }
            Set<String> disabled = new LinkedHashSet<>();
            for (DisabledRule r : DisabledRule.<DisabledRule>list("storyId = ?1 order by ruleId", storyId)) {
                disabled.add(r.ruleId);
            }
            Set<IgnoreKey> ignores = new HashSet<>();
            for (IgnoredMatch i : IgnoredMatch.<IgnoredMatch>list("storyId", storyId)) {
                ignores.add(new IgnoreKey(i.versionId, i.textHash, i.ruleId, i.matchOffset, i.matchedText));
            }
            return new StoryText(story.id, story.title, versions, disabled, ignores);
        });
    }
}
