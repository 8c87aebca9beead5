package dev.parallax.grammar;

import dev.parallax.common.ApiException;
import dev.parallax.edit.EditService;
import dev.parallax.story.Paragraph;
import dev.parallax.story.StoryService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Every grammar write: ignore a match, disable or enable a rule for a story, apply a suggestion (a new revision of
 * the paragraph, through {@link EditService}). Each in its own transaction.
 */
@ApplicationScoped
public class GrammarWrites {

    @Inject
    StoryService stories;
    @Inject
    EditService edits;

    /** Hides one match of one paragraph for as long as the paragraph's text stays the same. */
    public void ignore(long versionId, int index, String rule, int offset, String matchedText) {
        requireRule(rule);
        QuarkusTransaction.requiringNew().run(() -> {
            Paragraph paragraph = edits.paragraph(versionId, index);
            String text = paragraph.text;
            String at = offset < 0 || matchedText == null || offset + matchedText.length() > text.length()
                    ? null : text.substring(offset, offset + matchedText.length());
            if (!Objects.equals(at, matchedText)) {
                throw ApiException.conflict("Paragraph changed", "Paragraph " + index + " no longer has '" + matchedText
                        + "' at " + offset + "; reload the page.");
            }
            String hash = GrammarCache.hash(text);
            if (IgnoredMatch.count("versionId = ?1 and textHash = ?2 and ruleId = ?3 and matchOffset = ?4 and matchedText = ?5",
                    versionId, hash, rule, offset, matchedText) == 0) {
                IgnoredMatch ignored = new IgnoredMatch();
                ignored.storyId = paragraph.version.story.id;
                ignored.versionId = versionId;
                ignored.textHash = hash;
                ignored.ruleId = rule;
                ignored.matchOffset = offset;
                ignored.matchedText = matchedText;
                ignored.createdAt = now();
                ignored.persist();
            }
        });
    }

    public void disableRule(long storyId, String rule) {
        requireRule(rule);
        QuarkusTransaction.requiringNew().run(() -> {
            stories.story(storyId);
            if (DisabledRule.count("storyId = ?1 and ruleId = ?2", storyId, rule) == 0) {
                DisabledRule disabled = new DisabledRule();
                disabled.storyId = storyId;
                disabled.ruleId = rule;
                disabled.createdAt = now();
                disabled.persist();
            }
        });
    }

    public void enableRule(long storyId, String rule) {
        requireRule(rule);
        QuarkusTransaction.requiringNew().run(() -> {
            stories.story(storyId);
            DisabledRule.delete("storyId = ?1 and ruleId = ?2", storyId, rule);
        });
    }

    /**
     * Replaces the {@code length} characters at {@code offset} of a paragraph, which must still read
     * {@code expected}, by {@code replacement}: a new revision of the paragraph, by whoever applied it.
     * Ignored matches of the old text go with it.
     */
    public void applySuggestion(long versionId, int index, int offset, int length, String expected, String replacement) {
        if (replacement == null) {
            throw ApiException.badRequest("Invalid replacement", "A replacement is required.");
        }
        Paragraph current = QuarkusTransaction.requiringNew().call(() -> edits.paragraph(versionId, index));
        String text = current.text;
        if (offset < 0 || length < 0 || offset + length > text.length()
                || !text.substring(offset, offset + length).equals(expected == null ? "" : expected)) {
            throw ApiException.conflict("Paragraph changed", "Paragraph " + index + " no longer has '" + expected
                    + "' at " + offset + "; reload the page.");
        }
        String oldHash = GrammarCache.hash(text);
        edits.save(versionId, index, text.substring(0, offset) + replacement + text.substring(offset + length),
                current.status.label(), current.revision);
        QuarkusTransaction.requiringNew().run(() -> IgnoredMatch.delete("versionId = ?1 and textHash = ?2", versionId, oldHash));
    }

    private static void requireRule(String rule) {
        if (rule == null || rule.isBlank() || rule.length() > 200) {
            throw ApiException.badRequest("Invalid rule", "A LanguageTool rule id is required (e.g. ENGLISH_WORD_REPEAT_RULE).");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
