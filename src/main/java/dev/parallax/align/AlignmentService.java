package dev.parallax.align;

import dev.parallax.align.engine.Alignment;
import dev.parallax.align.engine.Row;
import dev.parallax.align.engine.SentenceAlignment;
import dev.parallax.align.engine.StoryPartition;
import dev.parallax.align.engine.StoryPartition.Corrections;
import dev.parallax.align.engine.StoryPartition.Link;
import dev.parallax.align.engine.StoryPartition.Node;
import dev.parallax.align.engine.StoryPartition.Together;
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
 * A story's one alignment (ADR 10) and the corrections editors make to it. The alignment is computed once
 * over all the story's versions ({@link StoryPartition}); a view (some versions, the first being the base)
 * is its projection. Corrections are facts about paragraphs, not about a view: groups put together
 * ({@link AlignmentGroup}), links confirmed or kept apart ({@link AlignmentLink}). The versions a correction
 * request names only say which view the editor was looking at (for the stale check). Each correction is
 * checked by aligning with it before it is committed, so a correction that contradicts others is refused whole.
 */
@ApplicationScoped
public class AlignmentService {

    @Inject
    StoryService stories;
    @Inject
    AlignmentCache cache;
    @Inject
    EntityManager em;
    @Inject
    dev.parallax.audit.AuditLog audit;
    @Inject
    dev.parallax.story.StoryChanges changes;

    /** A paragraph named by its version id and 0-based index. */
    public record ParagraphRef(long version, int index) {
    }

    /**
     * What a read-only view of a story computed now depends on: the story's change count in the database (which
     * every edit of its content, on any instance, bumps in the edit's transaction), the word list the aligner
     * uses, and the view asked for ({@code view}: the request's parameters that choose it). What was computed
     * under an equal key may be shown again; null when the story does not exist (nothing to remember).
     */
    public ViewKey viewKey(long storyId, String view) {
        Object aligner = cache.aligner(); // read before the count: a view made with a newer word list is no older
        long count = changes.count(storyId);
        return count < 0 ? null : new ViewKey(storyId, count, aligner, view);
    }

    /** See {@link #viewKey}; {@code aligner} compares by identity (a new word list is a new aligner). */
    public record ViewKey(long story, long changeCount, Object aligner, String view) {
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

    /**
     * Confirms the row as it stands: its paragraphs belong together and every link between them is
     * confirmed, in every view. A row of one paragraph, alone in the whole story, is confirmed as standing
     * alone.
     */
    @Transactional
    public StoryAlignment confirm(long storyId, List<Long> versionIds, int row, List<List<Integer>> expected) {
        StoryAlignment current = align(storyId, versionIds);
        List<Paragraph> paragraphs = paragraphsOf(current, checkRow(current, row, expected));
        Story story = stories.story(storyId);
        if (paragraphs.size() == 1) {
            Paragraph p = paragraphs.get(0);
            if (!aloneInStory(story, p)) {
                throw ApiException.badRequest("Nothing to confirm", "Paragraph " + p.ordinal + " of " + p.version.label()
                        + " is linked only in versions not shown here; show them to confirm its links.");
            }
            groupsOf(paragraphs).forEach(AlignmentGroup::delete);
            em.flush();
            newGroup(story, paragraphs, true);
            corrected(current, "confirmed row " + (row + 1));
            return recompute(current);
        }
        Set<Paragraph> members = new LinkedHashSet<>(paragraphs);
        for (AlignmentGroup old : groupsOf(paragraphs)) {
            members.addAll(old.paragraphs);
            old.delete();
        }
        em.flush();
        newGroup(story, members, false);
        AlignmentLink.confirmAll(story, paragraphs);
        corrected(current, "confirmed row " + (row + 1));
        return recompute(current);
    }

    /**
     * Gives the row's paragraphs back to the aligner: they leave the groups editors put them in, and the
     * links among them are no longer confirmed nor kept apart. Releasing every correction gives back
     * exactly the automatic alignment.
     */
    @Transactional
    public StoryAlignment release(long storyId, List<Long> versionIds, int row, List<List<Integer>> expected) {
        StoryAlignment current = align(storyId, versionIds);
        List<Paragraph> paragraphs = paragraphsOf(current, checkRow(current, row, expected));
        Set<Long> ids = idsOf(paragraphs);
        leaveEditorsGroups(paragraphs, ids);
        for (AlignmentLink link : AlignmentLink.touching(ids, AlignmentLink.CONFIRMED)) {
            if (ids.contains(link.paragraphA) && ids.contains(link.paragraphB)) {
                link.delete();
            }
        }
        for (AlignmentLink link : AlignmentLink.touching(ids, AlignmentLink.APART)) {
            link.delete();
        }
        corrected(current, "released row " + (row + 1));
        return recompute(current);
    }

    /** Merges the row with the one after it: their paragraphs belong together, in every view. */
    @Transactional
    public StoryAlignment mergeWithNext(long storyId, List<Long> versionIds, int row, List<List<Integer>> expected) {
        StoryAlignment current = align(storyId, versionIds);
        Row first = checkRow(current, row, expected);
        if (row + 1 >= current.rows().size()) {
            throw ApiException.badRequest("Nothing to merge", "Row " + row + " is the last row.");
        }
        List<Paragraph> paragraphs = paragraphsOf(current, first);
        List<Paragraph> next = paragraphsOf(current, current.rows().get(row + 1));
        Set<Long> firstIds = idsOf(paragraphs), nextIds = idsOf(next);
        paragraphs.addAll(next);
        Story story = stories.story(storyId);
        Set<Paragraph> members = withConfirmedPartners(paragraphs);
        // the groups of every member, a confirmed partner's included (a paragraph is in one group at most): the merged
        // row takes them in whole, or a partner would be in two groups
        for (AlignmentGroup old : groupsOf(members)) {
            members.addAll(old.paragraphs);
            old.delete();
        }
        for (AlignmentLink link : AlignmentLink.touching(firstIds, AlignmentLink.APART)) {
            if ((firstIds.contains(link.paragraphA) && nextIds.contains(link.paragraphB))
                    || (firstIds.contains(link.paragraphB) && nextIds.contains(link.paragraphA))) {
                link.delete();
            }
        }
        em.flush();
        newGroup(story, members, false);
        corrected(current, "merged row " + (row + 1) + " with the next");
        return recompute(current);
    }

    /**
     * Splits a row in two: for each version, the first {@code at.get(i)} paragraphs of its cell stay in the
     * first row, the rest go to the second. The two parts are kept apart in every view; whatever an editor
     * had joined to the row in versions not shown stays with the first part.
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
        Story story = stories.story(storyId);
        Set<Long> secondIds = idsOf(second);
        List<Paragraph> all = new ArrayList<>(first);
        all.addAll(second);
        Set<Paragraph> firstMembers = new LinkedHashSet<>(first);
        for (AlignmentGroup old : groupsOf(all)) {
            old.paragraphs.stream().filter(p -> !secondIds.contains(p.id)).forEach(firstMembers::add);
            old.delete();
        }
        for (AlignmentLink link : AlignmentLink.touching(secondIds, AlignmentLink.CONFIRMED)) {
            if (!(secondIds.contains(link.paragraphA) && secondIds.contains(link.paragraphB))) {
                link.delete();
            }
        }
        em.flush();
        if (firstMembers.size() >= 2) {
            newGroup(story, firstMembers, false);
        }
        if (second.size() >= 2) {
            newGroup(story, second, false);
        }
        for (Paragraph a : first) {
            for (Paragraph b : second) {
                AlignmentLink.add(story, a, b, AlignmentLink.APART);
            }
        }
        corrected(current, "split row " + (row + 1) + " at " + at);
        return recompute(current);
    }

    /**
     * Puts exactly these paragraphs in one row, in every view: they leave the rows they were in, and no
     * other paragraph of their versions joins them.
     */
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
        Story story = stories.story(storyId);
        detach(paragraphs);
        newGroup(story, paragraphs, false);
        corrected(current, "linked " + refs.stream().map(r -> r.version() + ":" + (r.index() + 1)).toList());
        return recompute(current);
    }

    /** Takes a paragraph out of its row: it stands alone, linked to nothing in any view, until released. */
    @Transactional
    public StoryAlignment unlink(long storyId, List<Long> versionIds, ParagraphRef ref) {
        StoryAlignment current = align(storyId, versionIds);
        Paragraph paragraph = paragraph(shownVersion(current, ref.version()), ref.index());
        detach(List.of(paragraph));
        newGroup(stories.story(storyId), List.of(paragraph), false);
        corrected(current, "unlinked paragraph " + (ref.index() + 1) + " of version " + ref.version());
        return recompute(current);
    }

    private void corrected(StoryAlignment current, String what) {
        audit.record(dev.parallax.audit.AuditAction.ALIGNMENT_CORRECTED, "story " + current.storyId(),
                what + " (versions " + current.versionIds() + ")");
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
        /** The aligner's confidence in this sentence pairing, as a whole percentage. */
        public int percent() {
            return (int) Math.round(score * 100);
        }
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

    private StoryAlignment compute(Story story, List<Version> view) {
        List<Version> all = story.versions.stream().filter(v -> !v.paragraphs.isEmpty()).toList();
        Map<Long, Integer> slot = new HashMap<>();
        Map<Long, Node> node = new HashMap<>();
        List<TextVersion> texts = new ArrayList<>();
        for (int v = 0; v < all.size(); v++) {
            Version version = all.get(v);
            slot.put(version.id, v);
            List<String> paragraphs = new ArrayList<>();
            for (Paragraph p : version.paragraphs) {
                node.put(p.id, new Node(v, paragraphs.size()));
                paragraphs.add(p.text);
            }
            texts.add(new TextVersion(String.valueOf(version.id), version.language, paragraphs));
        }
        int[] sourceOf = new int[all.size()];
        for (int v = 0; v < all.size(); v++) {
            Version source = all.get(v).liveTranslationOf();
            sourceOf[v] = source == null ? -1 : slot.getOrDefault(source.id, -1);
        }
        StoryPartition partition;
        try {
            partition = cache.partition(story.id, texts, sourceOf, corrections(story, node, slot));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Alignment refused", e.getMessage());
        }
        List<Integer> viewSlots = view.stream().map(v -> slot.get(v.id)).toList();
        List<StoryPartition.ViewRow> rows = partition.project(viewSlots);
        List<String> ids = view.stream().map(v -> String.valueOf(v.id)).toList();
        Alignment alignment = new Alignment(ids, rows.stream().map(StoryPartition.ViewRow::row).toList());
        return new StoryAlignment(story.id, view, viewSlots.stream().map(v -> texts.get(v).paragraphs()).toList(), alignment,
                rows.stream().map(StoryPartition.ViewRow::confirmed).toList(),
                rows.stream().map(StoryPartition.ViewRow::cellConfirmed).toList());
    }

    /** The story's corrections as facts about its live paragraphs, in a stable order (the cache compares them). */
    private static Corrections corrections(Story story, Map<Long, Node> node, Map<Long, Integer> slot) {
        List<Together> groups = new ArrayList<>();
        for (AlignmentGroup group : AlignmentGroup.<AlignmentGroup>list("story = ?1 order by id", story)) {
            List<Node> members = group.paragraphs.stream().map(p -> node.get(p.id)).filter(Objects::nonNull)
                    .sorted(java.util.Comparator.comparingInt(Node::version).thenComparingInt(Node::paragraph)).toList();
            // a group of several paragraphs of which one is left (others deleted) says nothing any more
            if (members.isEmpty() || (members.size() == 1 && group.paragraphs.size() > 1)) {
                continue;
            }
            Set<Integer> closed = new java.util.TreeSet<>();
            for (long id : group.scopeIds()) {
                Integer v = slot.get(id);
                if (v != null) {
                    closed.add(v);
                }
            }
            groups.add(new Together(members, closed, group.confirmed));
        }
        List<Link> confirmed = new ArrayList<>();
        List<Link> apart = new ArrayList<>();
        for (AlignmentLink link : AlignmentLink.<AlignmentLink>list("storyId = ?1 order by id", story.id)) {
            Node a = node.get(link.paragraphA), b = node.get(link.paragraphB);
            if (a != null && b != null) {
                (AlignmentLink.APART.equals(link.kind) ? apart : confirmed).add(new Link(a, b));
            }
        }
        return new Corrections(groups, confirmed, apart);
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
        return new LinkedHashSet<>(AlignmentGroup.containingAny(idsOf(paragraphs)));
    }

    private static Set<Long> idsOf(Collection<Paragraph> paragraphs) {
        Set<Long> ids = new LinkedHashSet<>();
        paragraphs.forEach(p -> ids.add(p.id));
        return ids;
    }

    /** These paragraphs and those an editor confirmed as linked with them. */
    private static Set<Paragraph> withConfirmedPartners(Collection<Paragraph> paragraphs) {
        Set<Paragraph> members = new LinkedHashSet<>(paragraphs);
        Set<Long> ids = idsOf(paragraphs);
        for (AlignmentLink link : AlignmentLink.touching(ids, AlignmentLink.CONFIRMED)) {
            for (long id : List.of(link.paragraphA, link.paragraphB)) {
                if (!ids.contains(id)) {
                    members.add(Paragraph.findById(id));
                }
            }
        }
        return members;
    }

    /** Whether the paragraph shares its group with no other paragraph of the story. */
    private boolean aloneInStory(Story story, Paragraph p) {
        StoryAlignment all = compute(story, resolve(story, List.of()));
        int v = all.versions().indexOf(p.version);
        for (Row row : all.rows()) {
            if (row.cells().get(v).contains(p.version.paragraphs.indexOf(p))) {
                return row.cells().stream().mapToInt(List::size).sum() == 1;
            }
        }
        return true;
    }

    /** Takes the paragraphs (whose ids are {@code ids}) out of editors' groups; the rest of each group stays together. */
    private void leaveEditorsGroups(List<Paragraph> paragraphs, Set<Long> ids) {
        for (AlignmentGroup group : groupsOf(paragraphs)) {
            Set<Paragraph> rest = new LinkedHashSet<>(group.paragraphs);
            rest.removeIf(p -> ids.contains(p.id));
            group.delete();
            em.flush();
            if (rest.size() >= 2) {
                newGroup(group.story, rest, group.confirmed, group.scope);
            }
        }
    }

    /**
     * Takes the paragraphs out of the groups editors put them in (the rest of each group stays together)
     * and drops their confirmed links with other paragraphs and the apart links among them.
     */
    private void detach(List<Paragraph> paragraphs) {
        Set<Long> ids = idsOf(paragraphs);
        leaveEditorsGroups(paragraphs, ids);
        for (AlignmentLink link : AlignmentLink.touching(ids, AlignmentLink.CONFIRMED)) {
            if (!(ids.contains(link.paragraphA) && ids.contains(link.paragraphB))) {
                link.delete();
            }
        }
        for (AlignmentLink link : AlignmentLink.touching(ids, AlignmentLink.APART)) {
            if (ids.contains(link.paragraphA) && ids.contains(link.paragraphB)) {
                link.delete();
            }
        }
        em.flush();
    }

    private void newGroup(Story story, Collection<Paragraph> members, boolean confirmed) {
        newGroup(story, members, confirmed, null);
    }

    /** A group editors put together (one paragraph: it stands alone). */
    private void newGroup(Story story, Collection<Paragraph> members, boolean confirmed, String scope) {
        AlignmentGroup group = AlignmentGroup.of(story, members, confirmed, OffsetDateTime.now(ZoneOffset.UTC));
        group.scope = scope;
        group.persist();
    }
}
