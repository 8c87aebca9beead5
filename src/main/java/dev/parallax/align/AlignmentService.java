package dev.parallax.align;

import dev.parallax.align.engine.Alignment;
import dev.parallax.align.engine.FixedRow;
import dev.parallax.align.engine.Row;
import dev.parallax.align.engine.SentenceAlignment;
import dev.parallax.align.engine.TextVersion;
import dev.parallax.common.ApiException;
import dev.parallax.story.Paragraph;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.story.VersionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Aligns a story's versions and applies an editor's corrections. Corrections become
 * {@link AlignmentGroup}s (fixed rows) that every later alignment keeps; each correction is checked by
 * aligning with it before it is committed, so a correction the aligner cannot honour is refused whole.
 */
@ApplicationScoped
public class AlignmentService {

    @Inject
    StoryService stories;
    @Inject
    AlignmentCache cache;
    @Inject
    EntityManager em;

    /** A paragraph named by its version id and 0-based index. */
    public record ParagraphRef(long version, int index) {
    }

    /**
     * @param versionIds the versions to align, the first being the base; empty = every version, with the
     *                   story's first original as base
     */
    @Transactional
    public StoryAlignment align(long storyId, List<Long> versionIds) {
        Story story = stories.story(storyId);
        return compute(story, resolve(story, versionIds));
    }

    /** Fixes the row as it is and marks it confirmed. */
    @Transactional
    public StoryAlignment confirm(long storyId, List<Long> versionIds, int row, List<List<Integer>> expected) {
        StoryAlignment current = align(storyId, versionIds);
        fix(current, paragraphsOf(current, checkRow(current, row, expected)), true);
        return recompute(current);
    }

    /** Lets the aligner place the row's paragraphs freely again (undoes confirm, link, merge, split). */
    @Transactional
    public StoryAlignment release(long storyId, List<Long> versionIds, int row, List<List<Integer>> expected) {
        StoryAlignment current = align(storyId, versionIds);
        List<Paragraph> paragraphs = paragraphsOf(current, checkRow(current, row, expected));
        for (AlignmentGroup group : groupsOf(paragraphs)) {
            group.delete();
        }
        return recompute(current);
    }

    /** Merges the row with the one after it. */
    @Transactional
    public StoryAlignment mergeWithNext(long storyId, List<Long> versionIds, int row, List<List<Integer>> expected) {
        StoryAlignment current = align(storyId, versionIds);
        Row first = checkRow(current, row, expected);
        if (row + 1 >= current.rows().size()) {
            throw ApiException.badRequest("Nothing to merge", "Row " + row + " is the last row.");
        }
        List<Paragraph> paragraphs = paragraphsOf(current, first);
        paragraphs.addAll(paragraphsOf(current, current.rows().get(row + 1)));
        fix(current, paragraphs, false);
        return recompute(current);
    }

    /**
     * Splits a row in two: for each version, the first {@code at.get(i)} paragraphs of its cell stay in the
     * first row, the rest go to the second.
     */
    @Transactional
    public StoryAlignment split(long storyId, List<Long> versionIds, int row, List<Integer> at, List<List<Integer>> expected) {
        StoryAlignment current = align(storyId, versionIds);
        Row target = checkRow(current, row, expected);
        if (at == null || at.size() != current.versions().size()) {
            throw ApiException.badRequest("Invalid split", "Give one split position per version (" + current.versions().size() + ").");
        }
        List<Paragraph> first = new ArrayList<>();
        List<Paragraph> second = new ArrayList<>();
        for (int v = 0; v < at.size(); v++) {
            List<Integer> cell = target.cells().get(v);
            Integer cut = at.get(v);
            if (cut == null || cut < 0 || cut > cell.size()) {
                throw ApiException.badRequest("Invalid split", "Position " + cut + " is outside the cell of version "
                        + current.versions().get(v).id + " (0.." + cell.size() + ").");
            }
            for (int k = 0; k < cell.size(); k++) {
                (k < cut ? first : second).add(paragraph(current.versions().get(v), cell.get(k)));
            }
        }
        if (first.isEmpty() || second.isEmpty()) {
            throw ApiException.badRequest("Invalid split", "Both parts of a split row need at least one paragraph.");
        }
        fix(current, first, false);
        fix(current, second, false);
        return recompute(current);
    }

    /** Puts exactly these paragraphs in one row; whatever else shared their rows is aligned anew. */
    @Transactional
    public StoryAlignment link(long storyId, List<Long> versionIds, List<ParagraphRef> refs) {
        StoryAlignment current = align(storyId, versionIds);
        if (refs == null || refs.size() < 2) {
            throw ApiException.badRequest("Invalid link", "A link needs at least two paragraphs.");
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParagraphRef ref : refs) {
            if (!seen.add(ref.version() + ":" + ref.index())) {
                throw ApiException.badRequest("Invalid link", "Paragraph " + ref.index() + " of version " + ref.version()
                        + " is named twice; a paragraph sits in one row only.");
            }
            paragraphs.add(paragraph(shownVersion(current, ref.version()), ref.index()));
        }
        fix(current, paragraphs, false);
        return recompute(current);
    }

    /** Takes a paragraph out of its row: it stands alone, linked to nothing, until released. */
    @Transactional
    public StoryAlignment unlink(long storyId, List<Long> versionIds, ParagraphRef ref) {
        StoryAlignment current = align(storyId, versionIds);
        Paragraph paragraph = paragraph(shownVersion(current, ref.version()), ref.index());
        fix(current, List.of(paragraph), false);
        return recompute(current);
    }

    /** The sentences of one row, aligned across its cells (each cell's text given sentence by sentence). */
    public List<SentenceRow> sentences(StoryAlignment alignment, int row) {
        Row target = alignment.rows().get(row);
        List<TextVersion> cells = new ArrayList<>();
        for (int v = 0; v < alignment.versions().size(); v++) {
            Version version = alignment.versions().get(v);
            List<String> versionTexts = alignment.texts().get(v);
            List<String> texts = target.cells().get(v).stream().map(versionTexts::get).toList();
            cells.add(texts.isEmpty() ? dev.parallax.align.engine.Aligner.emptyCell(String.valueOf(version.id), version.language)
                    : new TextVersion(String.valueOf(version.id), version.language, texts));
        }
        SentenceAlignment sentences = cache.alignSentences(cells);
        List<SentenceRow> rows = new ArrayList<>();
        for (Row r : sentences.rows()) {
            List<List<String>> texts = new ArrayList<>();
            for (int v = 0; v < r.cells().size(); v++) {
                List<String> all = sentences.sentences().get(v);
                texts.add(r.cells().get(v).stream().map(all::get).toList());
            }
            rows.add(new SentenceRow(texts, r.score()));
        }
        return rows;
    }

    /** One row of sentences: {@code cells.get(i)} holds version i's sentences in it. */
    public record SentenceRow(List<List<String>> cells, double score) {
    }

    // ---- internals ------------------------------------------------------------------------------

    private List<Version> resolve(Story story, List<Long> versionIds) {
        if (versionIds == null || versionIds.isEmpty()) {
            List<Version> all = new ArrayList<>(story.versions);
            Version base = all.stream().filter(v -> v.kind == VersionKind.ORIGINAL).findFirst().orElse(all.isEmpty() ? null : all.get(0));
            if (base != null) {
                all.remove(base);
                all.add(0, base);
            }
            return check(all);
        }
        Set<Long> seen = new HashSet<>();
        List<Version> versions = new ArrayList<>();
        for (Long id : versionIds) {
            if (id == null || !seen.add(id)) {
                throw ApiException.badRequest("Duplicate version", "Version " + id + " is listed twice.");
            }
            Version version = stories.version(id);
            if (!Objects.equals(version.story.id, story.id)) {
                throw ApiException.badRequest("Version of another story", "Version " + id + " belongs to another story.");
            }
            versions.add(version);
        }
        return check(versions);
    }

    private static List<Version> check(List<Version> versions) {
        if (versions.size() < 2) {
            throw ApiException.badRequest("Too few versions", "An alignment needs at least two versions; this has " + versions.size() + ".");
        }
        for (Version v : versions) {
            if (v.paragraphs.isEmpty()) {
                throw ApiException.badRequest("Empty version", "Version " + v.id + " (" + v.outlet + ") has no paragraphs to align.");
            }
        }
        return versions;
    }

    private StoryAlignment compute(Story story, List<Version> versions) {
        List<TextVersion> texts = new ArrayList<>();
        Map<Long, int[]> position = new HashMap<>(); // paragraph id -> (version slot, index)
        for (int v = 0; v < versions.size(); v++) {
            Version version = versions.get(v);
            List<String> paragraphs = new ArrayList<>();
            for (Paragraph p : version.paragraphs) {
                position.put(p.id, new int[]{v, paragraphs.size()});
                paragraphs.add(p.text);
            }
            texts.add(new TextVersion(String.valueOf(version.id), version.language, paragraphs));
        }
        List<FixedRow> fixed = new ArrayList<>();
        Map<Long, Boolean> confirmedByParagraph = new HashMap<>();
        for (AlignmentGroup group : AlignmentGroup.ofStory(story)) {
            Set<Long> scope = group.scopeIds();
            List<List<Integer>> cells = new ArrayList<>();
            for (Version version : versions) {
                // outside the group's scope a version is free; inside it, no paragraph means "none"
                cells.add(scope.contains(version.id) ? new ArrayList<>() : null);
            }
            int shown = 0;
            for (Paragraph p : group.paragraphs) {
                int[] at = position.get(p.id);
                if (at != null) {
                    cells.get(at[0]).add(at[1]);
                    confirmedByParagraph.put(p.id, group.confirmed);
                    shown++;
                }
            }
            long constrained = cells.stream().filter(java.util.Objects::nonNull).count();
            // seen through one version only, a group says nothing about this view
            if (shown > 0 && constrained >= 2) {
                fixed.add(new FixedRow(cells));
            }
        }
        Alignment alignment;
        try {
            alignment = cache.align(texts, fixed);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Alignment refused", e.getMessage());
        }
        List<Boolean> confirmed = new ArrayList<>();
        for (Row row : alignment.rows()) {
            boolean isConfirmed = false;
            for (int v = 0; v < versions.size() && row.fixed(); v++) {
                for (int index : row.cells().get(v)) {
                    isConfirmed |= confirmedByParagraph.getOrDefault(versions.get(v).paragraphs.get(index).id, false);
                }
            }
            confirmed.add(isConfirmed);
        }
        return new StoryAlignment(story.id, versions, texts.stream().map(TextVersion::paragraphs).toList(), alignment, confirmed);
    }

    private StoryAlignment recompute(StoryAlignment before) {
        em.flush();
        Story story = stories.story(before.storyId());
        return compute(story, before.versions());
    }

    private Row checkRow(StoryAlignment current, int row, List<List<Integer>> expected) {
        if (row < 0 || row >= current.rows().size()) {
            throw ApiException.badRequest("Invalid row", "Row " + row + " does not exist (0.." + (current.rows().size() - 1) + ").");
        }
        Row target = current.rows().get(row);
        if (expected != null && !expected.equals(target.cells())) {
            throw ApiException.conflict("Alignment changed",
                    "Row " + row + " is now " + target.cells() + ", not " + expected + "; reload and try again.");
        }
        return target;
    }

    private List<Paragraph> paragraphsOf(StoryAlignment current, Row row) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int v = 0; v < current.versions().size(); v++) {
            for (int index : row.cells().get(v)) {
                paragraphs.add(paragraph(current.versions().get(v), index));
            }
        }
        return paragraphs;
    }

    private static Version shownVersion(StoryAlignment current, long versionId) {
        return current.versions().stream().filter(v -> v.id == versionId).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Version not shown",
                        "Version " + versionId + " is not one of the aligned versions " + current.versionIds() + "."));
    }

    private static Paragraph paragraph(Version version, int index) {
        if (index < 0 || index >= version.paragraphs.size()) {
            throw ApiException.badRequest("Invalid paragraph", "Version " + version.id + " has no paragraph " + index
                    + " (0.." + (version.paragraphs.size() - 1) + ").");
        }
        return version.paragraphs.get(index);
    }

    private static Collection<AlignmentGroup> groupsOf(Collection<Paragraph> paragraphs) {
        Set<Long> ids = new HashSet<>();
        paragraphs.forEach(p -> ids.add(p.id));
        return new LinkedHashSet<>(AlignmentGroup.containingAny(ids));
    }

    /**
     * Makes {@code paragraphs} one fixed row. Their old groups lose them; members of those groups in
     * versions not on screen stay with them (a correction made in one view must not undo another view's),
     * and a remainder that no longer links two versions is dropped.
     */
    private void fix(StoryAlignment current, List<Paragraph> paragraphs, boolean confirmed) {
        Set<Long> shownVersions = new HashSet<>(current.versionIds());
        Set<Paragraph> members = new LinkedHashSet<>(paragraphs);
        for (AlignmentGroup old : groupsOf(paragraphs)) {
            for (Paragraph p : old.paragraphs) {
                if (!shownVersions.contains(p.version.id)) {
                    members.add(p);
                }
            }
            old.delete();
        }
        em.flush();
        AlignmentGroup group = new AlignmentGroup();
        group.story = stories.story(current.storyId());
        group.confirmed = confirmed;
        group.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        group.paragraphs.addAll(members);
        Set<Long> scope = new LinkedHashSet<>(current.versionIds());
        members.forEach(p -> scope.add(p.version.id));
        group.scope(scope);
        group.persist();
    }
}
