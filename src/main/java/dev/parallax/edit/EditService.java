package dev.parallax.edit;

import dev.parallax.story.Revision;
import dev.parallax.align.AlignmentGroup;
import dev.parallax.align.AlignmentLink;
import dev.parallax.common.ApiException;
import dev.parallax.story.Paragraph;
import dev.parallax.story.ParagraphStatus;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.story.VersionInput;
import dev.parallax.story.VersionKind;
import dev.parallax.text.Paragraphs;
import dev.parallax.user.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every change to a version's text, each one a revision. Saves are optimistic: a save names the revision
 * it was based on, and the database applies it only if that is still the current one (a conditional
 * update), so of two concurrent saves exactly one wins; the other's text is kept as a refused revision.
 */
@ApplicationScoped
public class EditService {

    @Inject
    StoryService stories;
    @Inject
    CurrentUser currentUser;
    @Inject
    EntityManager em;
    @Inject
    dev.parallax.story.StoryChanges changes;

    public Paragraph paragraph(long versionId, int index) {
        Version version = stories.version(versionId);
        if (index < 0 || index >= version.paragraphs.size()) {
            throw new ApiException(404, "Paragraph not found", "Version " + versionId + " has no paragraph " + index
                    + " (0.." + (version.paragraphs.size() - 1) + ").");
        }
        return version.paragraphs.get(index);
    }

    /**
     * Saves a paragraph's text and status if {@code baseRevision} is still current; otherwise records the
     * refused text and throws {@link StaleRevisionException}.
     */
    public Paragraph save(long versionId, int index, String text, String status, Integer baseRevision) {
        if (baseRevision == null) {
            throw ApiException.badRequest("Missing baseRevision", "Say which revision this save is based on (\"baseRevision\").");
        }
        if (text == null) {
            throw ApiException.badRequest("Missing text", "Send the paragraph's text (\"text\"; it may be empty).");
        }
        String clean = Paragraphs.normalise(text).strip();
        stories.checkSize(clean);
        ParagraphStatus newStatus = status == null ? null : ParagraphStatus.parse(status);
        try {
            long[] story = new long[1];
            Paragraph saved = QuarkusTransaction.requiringNew().call(() -> {
                Paragraph p = applySave(versionId, index, clean, newStatus, baseRevision);
                story[0] = p.version.story.id;
                return p;
            });
            stories.touch(story[0]);
            return saved;
        } catch (StaleRevisionException stale) {
            QuarkusTransaction.requiringNew().run(() -> recordRefused(versionId, index, clean, newStatus));
            throw stale;
        } catch (ApiException refused) {
            throw refused;
        } catch (RuntimeException race) {
            if (!isWriteConflict(race)) {
                throw race;
            }
            // the database refused a concurrent write to the same row: the same outcome as a stale save
            Paragraph current = QuarkusTransaction.requiringNew().call(() -> paragraph(versionId, index));
            QuarkusTransaction.requiringNew().run(() -> recordRefused(versionId, index, clean, newStatus));
            throw new StaleRevisionException(baseRevision, current.revision, current.text, current.status.label());
        }
    }

    /** A lock timeout, serialization failure or H2 "concurrent update" while two saves race for one row. */
    private static boolean isWriteConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("HYT00") || sql.getSQLState().equals("90131"))) {
                return true;
            }
        }
        return false;
    }

    private Paragraph applySave(long versionId, int index, String text, ParagraphStatus status, int baseRevision) {
        Paragraph p = paragraph(versionId, index);
        String before = p.text;
        ParagraphStatus newStatus = status != null ? status
                : p.status == ParagraphStatus.DRAFT && !text.isEmpty() && !text.equals(before) ? ParagraphStatus.TRANSLATED : p.status;
        changes.changed(p.version.story.id); // a bulk update: Hibernate's events do not see it
        int updated = em.createQuery("update Paragraph p set p.text = :text, p.status = :status, p.revision = p.revision + 1 "
                        + "where p.id = :id and p.revision = :base")
                .setParameter("text", text).setParameter("status", newStatus).setParameter("id", p.id).setParameter("base", baseRevision)
                .executeUpdate();
        if (updated == 0) {
            em.refresh(p);
            throw new StaleRevisionException(baseRevision, p.revision, p.text, p.status.label());
        }
        em.refresh(p);
        record(p, Revision.Kind.EDIT, before);
        return p;
    }

    private void recordRefused(long versionId, int index, String text, ParagraphStatus status) {
        Paragraph p = paragraph(versionId, index);
        Revision r = revision(p, Revision.Kind.CONFLICT, p.text);
        r.number = 0;
        r.text = text;
        r.status = status == null ? null : status.label();
        r.persist();
    }

    /** The paragraph's history, oldest first, refused saves included. */
    public List<Revision> history(long versionId, int index) {
        return Revision.ofParagraph(paragraph(versionId, index).id);
    }

    /** Brings back the text and status of an earlier revision, as a new revision. */
    public Paragraph restore(long versionId, int index, long revisionId, Integer baseRevision) {
        Revision old = QuarkusTransaction.requiringNew().call(() -> {
            Paragraph p = paragraph(versionId, index);
            Revision r = Revision.findById(revisionId);
            if (r == null || !p.id.equals(r.paragraphId)) {
                throw ApiException.notFound("Revision", revisionId);
            }
            return r;
        });
        Paragraph current = QuarkusTransaction.requiringNew().call(() -> paragraph(versionId, index));
        int base = baseRevision == null ? current.revision : baseRevision;
        String status = old.status == null ? current.status.label() : old.status;
        long[] story = new long[1];
        Paragraph restored = QuarkusTransaction.requiringNew().call(() -> {
            Paragraph p = applySave(versionId, index, old.text, ParagraphStatus.parse(status), base);
            Revision last = Revision.find("paragraphId = ?1 order by id desc", p.id).firstResult();
            last.kind = Revision.Kind.RESTORE.name().toLowerCase(Locale.ROOT);
            story[0] = p.version.story.id;
            return p;
        });
        stories.touch(story[0]);
        return restored;
    }

    /** Splits a paragraph at a character offset; the second part follows it and shares its row. */
    @Transactional
    public Version split(long versionId, int index, int offset) {
        Paragraph p = paragraph(versionId, index);
        if (offset <= 0 || offset >= p.text.length()) {
            throw ApiException.badRequest("Invalid split", "Split inside the text: an offset between 1 and " + (p.text.length() - 1) + ".");
        }
        String first = p.text.substring(0, offset).strip();
        String second = p.text.substring(offset).strip();
        if (first.isEmpty() || second.isEmpty()) {
            throw ApiException.badRequest("Invalid split", "Both parts of a split paragraph need text.");
        }
        String before = p.text;
        p.text = first;
        p.revision++;
        record(p, Revision.Kind.SPLIT, before);
        Paragraph added = insertAt(p.version, index + 1, second, p.status, Revision.Kind.SPLIT);
        joinGroupOf(p, added);
        return p.version;
    }

    /** Merges a paragraph with the next one; the merged text keeps the first one's place and row. */
    @Transactional
    public Version mergeWithNext(long versionId, int index) {
        Paragraph p = paragraph(versionId, index);
        if (index + 1 >= p.version.paragraphs.size()) {
            throw ApiException.badRequest("Nothing to merge", "Paragraph " + index + " is the last of its version.");
        }
        Paragraph next = p.version.paragraphs.get(index + 1);
        String before = p.text;
        p.text = (p.text + " " + next.text).strip();
        p.revision++;
        record(p, Revision.Kind.MERGE, before);
        remove(next, Revision.Kind.MERGE);
        return p.version;
    }

    /** Inserts a new paragraph at {@code index} (the paragraphs from there on move down one). */
    @Transactional
    public Version insert(long versionId, int index, String text) {
        Version version = stories.version(versionId);
        if (index < 0 || index > version.paragraphs.size()) {
            throw ApiException.badRequest("Invalid index", "Insert at 0.." + version.paragraphs.size() + ".");
        }
        String clean = text == null ? "" : Paragraphs.normalise(text).strip();
        stories.checkSize(clean);
        insertAt(version, index, clean, ParagraphStatus.DRAFT, Revision.Kind.INSERT);
        return version;
    }

    /** Deletes a paragraph; its history stays with the version. A version keeps at least one paragraph. */
    @Transactional
    public Version delete(long versionId, int index) {
        Paragraph p = paragraph(versionId, index);
        if (p.version.paragraphs.size() == 1) {
            throw ApiException.badRequest("Last paragraph", "A version keeps at least one paragraph; delete the version instead.");
        }
        remove(p, Revision.Kind.DELETE);
        return p.version;
    }

    /**
     * Starts a translation of a version: one empty paragraph per source paragraph, each aligned and
     * confirmed with its source (only that link: the source's links with other versions stay as they
     * were), to be filled in paragraph by paragraph.
     */
    @Transactional
    public Version startTranslation(long sourceId, String language, String outlet, String title) {
        Version source = stories.version(sourceId);
        Story story = source.story;
        VersionInput input = new VersionInput(null, outlet == null || outlet.isBlank() ? currentUser.name() : outlet, language,
                title, VersionKind.TRANSLATION.label(), String.valueOf(source.id), null, null, null);
        Version target = stories.createVersion(story, input, Map.of(),
                java.util.Collections.nCopies(source.paragraphs.size(), ""));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < source.paragraphs.size(); i++) {
            Paragraph sourceParagraph = source.paragraphs.get(i);
            Paragraph targetParagraph = target.paragraphs.get(i);
            // a source paragraph an editor already fixed in a row brings its translation into that row
            // only the link between source and translation is confirmed: no other version's links
            AlignmentLink.add(story, sourceParagraph, targetParagraph, AlignmentLink.CONFIRMED);
            java.util.Optional<AlignmentGroup> existing = AlignmentGroup.containing(sourceParagraph);
            if (existing.isPresent()) {
                existing.get().paragraphs.add(targetParagraph);
                continue;
            }
            AlignmentGroup group = AlignmentGroup.of(story, Set.of(sourceParagraph, targetParagraph), true, now);
            group.scope(List.of(source.id, target.id));
            group.persist();
        }
        return target;
    }

    /**
     * Brings a version's text to {@code paragraphs}, the outlet's new wording of the page it was read from:
     * paragraphs that stay are untouched, changed ones get a new revision, added and dropped ones are
     * inserted and deleted, every change a revision of kind {@code fetched} by {@code author} (the outlet).
     * Each paragraph changed this way moves to a new revision number, so a translator's save based on the
     * old one is refused as stale and kept, never overwritten. The caller owns the transaction.
     */
    public void applyFetched(Version version, List<String> paragraphs, String author) {
        List<String> current = version.paragraphs.stream().map(p -> p.text).toList();
        List<com.github.difflib.patch.AbstractDelta<String>> deltas = com.github.difflib.DiffUtils.diff(current, paragraphs).getDeltas();
        // from the end, so the positions of the deltas not yet applied stay valid
        for (int d = deltas.size() - 1; d >= 0; d--) {
            var delta = deltas.get(d);
            int at = delta.getSource().getPosition();
            List<String> before = delta.getSource().getLines();
            List<String> after = delta.getTarget().getLines();
            int common = Math.min(before.size(), after.size());
            for (int i = 0; i < common; i++) {
                Paragraph p = version.paragraphs.get(at + i);
                String old = p.text;
                p.text = after.get(i);
                p.revision++;
                recordAs(p, Revision.Kind.FETCHED, old, author);
            }
            for (int i = before.size() - 1; i >= common; i--) {
                Paragraph gone = version.paragraphs.get(at + i);
                Revision r = revision(gone, Revision.Kind.FETCHED, gone.text);
                r.text = "";
                r.author = author;
                r.persist();
                removeQuietly(gone);
            }
            for (int i = common; i < after.size(); i++) {
                Paragraph added = insertAt(version, at + i, after.get(i), ParagraphStatus.DRAFT, Revision.Kind.FETCHED);
                Revision last = Revision.find("paragraphId = ?1 order by id desc", added.id).firstResult();
                last.author = author;
            }
        }
        version.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    // ---- internals ----

    private void removeQuietly(Paragraph p) {
        Version version = p.version;
        int index = version.paragraphs.indexOf(p);
        version.paragraphs.remove(p);
        p.delete();
        em.flush();
        changes.changed(version.story.id);
        em.createQuery("update Paragraph p set p.ordinal = p.ordinal - 1 where p.version = :v and p.ordinal > :i")
                .setParameter("v", version).setParameter("i", index).executeUpdate();
        for (Paragraph other : version.paragraphs) {
            if (other.ordinal > index) {
                other.ordinal--;
            }
        }
    }

    private void recordAs(Paragraph p, Revision.Kind kind, String before, String author) {
        Revision r = revision(p, kind, before);
        r.author = author;
        r.persist();
    }

    private Paragraph insertAt(Version version, int index, String text, ParagraphStatus status, Revision.Kind kind) {
        em.flush();
        changes.changed(version.story.id);
        em.createQuery("update Paragraph p set p.ordinal = p.ordinal + 1 where p.version = :v and p.ordinal >= :i")
                .setParameter("v", version).setParameter("i", index).executeUpdate();
        for (Paragraph other : version.paragraphs) {
            if (other.ordinal >= index) {
                other.ordinal++;
            }
        }
        Paragraph added = new Paragraph(version, index, text);
        added.status = status;
        version.paragraphs.add(index, added);
        added.persist();
        record(added, kind, null);
        return added;
    }

    private void remove(Paragraph p, Revision.Kind kind) {
        Revision r = revision(p, kind, p.text);
        r.text = "";
        r.persist();
        p.version.story.updatedAt = r.createdAt;
        removeQuietly(p);
    }

    /** A paragraph split from another stays in the other's row, if an editor fixed that row. */
    private void joinGroupOf(Paragraph original, Paragraph added) {
        AlignmentGroup.containing(original).ifPresent(g -> g.paragraphs.add(added));
    }

    private void record(Paragraph p, Revision.Kind kind, String before) {
        Revision r = revision(p, kind, before);
        r.persist();
        if (kind != Revision.Kind.EDIT && kind != Revision.Kind.RESTORE) {
            p.version.story.updatedAt = r.createdAt; // structural edits, in their own transaction; saves touch after commit
        }
    }

    private Revision revision(Paragraph p, Revision.Kind kind, String before) {
        return Revision.of(p, kind, before, currentUser.name(), OffsetDateTime.now(ZoneOffset.UTC));
    }
}
