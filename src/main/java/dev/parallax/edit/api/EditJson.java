package dev.parallax.edit.api;

import dev.parallax.story.Revision;
import dev.parallax.story.Paragraph;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** The JSON shapes of the editing API. */
public final class EditJson {

    private EditJson() {
    }

    public record SaveRequest(String text, String status, Integer baseRevision) {
    }

    public record ParagraphState(long version, int index, String text, String status, int revision) {
        public static ParagraphState of(Paragraph p) {
            return new ParagraphState(p.version.id, p.ordinal, p.text, p.status.label(), p.revision);
        }
    }

    /** {@code number} is the paragraph revision it produced (0: a save refused as stale, kept so no text is lost). */
    public record RevisionJson(long id, int number, String kind, String text, String previousText, String status, String author,
                               OffsetDateTime createdAt) {
        public static RevisionJson of(Revision r) {
            return new RevisionJson(r.id, r.number, r.kind, r.text, r.previousText, r.status, r.author, r.createdAt);
        }
    }

    public record RestoreRequest(Integer baseRevision) {
    }

    public record SplitRequest(@NotNull(message = "say where to split: the character offset in the paragraph") Integer offset) {
    }

    public record InsertRequest(@NotNull(message = "say where to insert: the new paragraph's index") Integer index, String text) {
    }

    public record TranslationRequest(String language, String outlet, String title) {
    }
}
