package dev.parallax.memory;

import dev.parallax.grammar.AlignedSourceParagraphs;
import dev.parallax.align.AlignmentLink;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.grammar.ParagraphPair;
import dev.parallax.memory.engine.MemoryIndex;
import dev.parallax.memory.engine.Segment;
import dev.parallax.memory.engine.TextIndex;
import dev.parallax.story.Paragraph;
import dev.parallax.story.ParagraphStatus;
import dev.parallax.story.Story;
import dev.parallax.story.Version;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * This instance's translation memory and search index, derived from the database, which stays the only copy of
 * the text. Before every look-up {@link #refresh()} asks the database a few cheap questions (ADR 0015): which
 * stories changed lately (with a fingerprint of their paragraphs, so an edit made on another instance is seen
 * even when its clock lags), and whether stories, versions, confirmed links or named memories were added, deleted
 * or restored; only the stories that changed are read again. So no instance serves a match that another
 * instance's edit made stale.
 *
 * <p>The workbench's segments: each paragraph of a translation with the source paragraphs it is aligned with, and
 * each confirmed link between paragraphs of different languages; besides the paragraph pair, its sentences pair
 * one to one where both sides have as many sentences of comparable length (a confident sentence alignment).
 */
@ApplicationScoped
public class TranslationMemory {

    /** Where a workbench segment comes from: the story, the source and target versions, the target paragraph. */
    public record StoryOrigin(long story, String storyTitle, long sourceVersion, long targetVersion, int index) {
    }

    /** A segment of a named memory. */
    public record MemoryOrigin(long memory, String name) {
    }

    /** What a paragraph in the search index refers to. */
    public record ParagraphRef(long story, String storyTitle, long version, String outlet, String language,
                               LocalDate date, int index) {
    }

    /** How far back the recent-changes check looks beyond the newest change seen: room for clocks that disagree. */
    static final java.time.Duration CLOCK_MARGIN = java.time.Duration.ofMinutes(2);

    private record Known(OffsetDateTime updatedAt, long versions, long links, String content) {
    }

    @Inject
    AlignedSourceParagraphs sources;
    @Inject
    EntityManager em;

    final MemoryIndex memory = new MemoryIndex();
    final TextIndex text = new TextIndex();
    private final Map<Long, Known> known = new HashMap<>();
    private String structureStamp;
    private String memoriesStamp;
    private int refreshes;

    public MemoryIndex memory() {
        refresh();
        return memory;
    }

    public TextIndex text() {
        refresh();
        return text;
    }

    /** How many times stories were read again (for tests of the change checks). */
    public synchronized int storiesRead() {
        return refreshes;
    }

    /** Brings this instance's indexes up to the database's state: only what changed is read again. */
    public synchronized void refresh() {
        QuarkusTransaction.requiringNew().run(this::refreshInTransaction);
    }

    private void refreshInTransaction() {
        String structure = stamp("select count(s), sum(case when s.deletedAt is null then 1 else 0 end), max(s.deletedAt) from Story s")
                + stamp("select count(v), sum(case when v.deletedAt is null then 1 else 0 end), max(v.deletedAt) from Version v")
                + stamp("select count(l), max(l.id) from AlignmentLink l");
        Set<Long> toRead = new HashSet<>();
        if (!structure.equals(structureStamp)) {
            // a story or version added, deleted, restored or purged, or a link changed: compare every story
            Map<Long, Object[]> live = new HashMap<>();
            for (Object[] row : em.createQuery("""
                    select s.id, s.updatedAt,
                           (select count(v) from Version v where v.story = s and v.deletedAt is null),
                           (select count(l) from AlignmentLink l where l.storyId = s.id)
                    from Story s where s.deletedAt is null""", Object[].class).getResultList()) {
                live.put((Long) row[0], row);
            }
            for (Long id : new ArrayList<>(known.keySet())) {
                if (!live.containsKey(id)) {
                    drop(id);
                }
            }
            for (Object[] row : live.values()) {
                Known k = known.get((Long) row[0]);
                if (k == null || !same(k.updatedAt(), (OffsetDateTime) row[1]) || k.versions() != (Long) row[2]
                        || k.links() != (Long) row[3]) {
                    toRead.add((Long) row[0]);
                }
            }
            structureStamp = structure;
        }
        // the stories changed lately: their paragraphs' fingerprint tells an edit even if updated_at did not move
        OffsetDateTime newest = known.values().stream().map(Known::updatedAt).filter(Objects::nonNull)
                .max(OffsetDateTime::compareTo).orElse(null);
        if (newest != null) {
            List<Long> recent = em.createQuery("select s.id from Story s where s.deletedAt is null and s.updatedAt >= :since",
                    Long.class).setParameter("since", newest.minus(CLOCK_MARGIN)).getResultList();
            recent = recent.stream().filter(id -> !toRead.contains(id)).toList();
            if (!recent.isEmpty()) {
                Map<Long, String> contents = contents(recent);
                Map<Long, OffsetDateTime> times = new HashMap<>();
                for (Object[] row : em.createQuery("select s.id, s.updatedAt from Story s where s.id in :ids", Object[].class)
                        .setParameter("ids", recent).getResultList()) {
                    times.put((Long) row[0], (OffsetDateTime) row[1]);
                }
                for (Long id : recent) {
                    Known k = known.get(id);
                    if (k == null || !same(k.updatedAt(), times.get(id)) || !Objects.equals(k.content(), contents.get(id))) {
                        toRead.add(id);
                    }
                }
            }
        }
        for (Long id : toRead) {
            read(id);
        }
        String memories = stamp("select count(m), max(m.id), sum(case when m.enabled = true then 1 else 0 end) from NamedMemory m");
        if (!memories.equals(memoriesStamp)) {
            readMemories();
            memoriesStamp = memories;
        }
    }

    private static boolean same(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }

    private String stamp(String jpql) {
        return Arrays.toString(em.createQuery(jpql, Object[].class).getSingleResult());
    }

    private Map<Long, String> contents(List<Long> storyIds) {
        Map<Long, String> out = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select v.story.id, count(p), sum(p.revision), sum(p.id), max(v.updatedAt)
                from Paragraph p join p.version v
                where v.story.id in :ids and v.deletedAt is null group by v.story.id""", Object[].class)
                .setParameter("ids", storyIds).getResultList()) {
            out.put((Long) row[0], row[1] + "/" + row[2] + "/" + row[3] + "/" + (row[4] == null ? "" : ((OffsetDateTime) row[4]).toInstant()));
        }
        return out;
    }

    private void drop(long storyId) {
        memory.replace("story:" + storyId, List.of());
        text.replace("story:" + storyId, List.of());
        known.remove(storyId);
    }

    /** Reads one story's segments and paragraphs again. */
    private void read(long storyId) {
        refreshes++;
        Story story = Story.findById(storyId);
        if (story == null || story.deletedAt != null) {
            drop(storyId);
            return;
        }
        List<Segment> segments = new ArrayList<>();
        List<TextIndex.Doc> docs = new ArrayList<>();
        Map<Long, Paragraph> byId = new HashMap<>();
        for (Version v : story.versions) {
            for (Paragraph p : v.paragraphs) {
                byId.put(p.id, p);
                if (!p.text.isBlank()) {
                    docs.add(new TextIndex.Doc(v.language, p.text,
                            new ParagraphRef(story.id, story.title, v.id, v.outlet, v.language, v.publishedAt, p.ordinal)));
                }
            }
        }
        Set<String> pairsSeen = new HashSet<>();
        for (Version v : story.versions) {
            Version source = v.liveTranslationOf();
            if (source == null) {
                continue;
            }
            try {
                for (ParagraphPair pair : sources.pairsFor(v)) {
                    Paragraph target = v.paragraphs.get(pair.targetIndex());
                    if (target.text.isBlank()) {
                        continue;
                    }
                    for (int s : pair.sourceIndexes()) {
                        pairsSeen.add(source.paragraphs.get(s).id + ":" + target.id);
                    }
                    addPair(segments, source.language, v.language, pair.sourceText(), target.text, target.status, v.updatedAt,
                            new StoryOrigin(story.id, story.title, source.id, v.id, pair.targetIndex()));
                }
            } catch (RuntimeException e) {
                Log.warnf("Translation memory: could not pair version %d with its source: %s", v.id, e.toString());
            }
        }
        for (AlignmentLink link : AlignmentLink.ofStory(storyId)) {
            Paragraph a = byId.get(link.paragraphA);
            Paragraph b = byId.get(link.paragraphB);
            if (!"confirmed".equals(link.kind) || a == null || b == null || a.text.isBlank() || b.text.isBlank()
                    || MemoryIndex.primary(a.version.language).equals(MemoryIndex.primary(b.version.language))
                    || pairsSeen.contains(a.id + ":" + b.id) || pairsSeen.contains(b.id + ":" + a.id)) {
                continue;
            }
            OffsetDateTime at = link.createdAt;
            addPair(segments, a.version.language, b.version.language, a.text, b.text, ParagraphStatus.REVIEWED, at,
                    new StoryOrigin(story.id, story.title, a.version.id, b.version.id, b.ordinal));
            addPair(segments, b.version.language, a.version.language, b.text, a.text, ParagraphStatus.REVIEWED, at,
                    new StoryOrigin(story.id, story.title, b.version.id, a.version.id, a.ordinal));
        }
        memory.replace("story:" + storyId, segments);
        text.replace("story:" + storyId, docs);
        long links = AlignmentLink.count("storyId", storyId);
        known.put(storyId, new Known(story.updatedAt, story.versions.size(), links, contents(List.of(storyId)).get(storyId)));
    }

    private static void addPair(List<Segment> out, String sourceLanguage, String targetLanguage, String source, String target,
                                ParagraphStatus status, OffsetDateTime at, Object origin) {
        long time = at == null ? 0 : at.toInstant().toEpochMilli();
        out.add(new Segment(sourceLanguage, targetLanguage, source, target, status.label(), time, origin));
        for (String[] sentences : sentencePairs(source, sourceLanguage, target, targetLanguage)) {
            out.add(new Segment(sourceLanguage, targetLanguage, sentences[0], sentences[1], status.label(), time, origin));
        }
    }

    /**
     * A paragraph pair's sentences, one to one, where the sentence alignment is confident: both sides have as many
     * sentences (two or more) and each pair's length ratio stays within a factor of two of the paragraphs' ratio.
     */
    static List<String[]> sentencePairs(String source, String sourceLanguage, String target, String targetLanguage) {
        List<String> s = SentenceSplitter.split(source, sourceLanguage);
        List<String> t = SentenceSplitter.split(target, targetLanguage);
        if (s.size() < 2 || s.size() != t.size()) {
            return List.of();
        }
        double ratio = (double) target.length() / Math.max(1, source.length());
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            double r = (double) t.get(i).length() / Math.max(1, s.get(i).length()) / ratio;
            if (r < 0.5 || r > 2.0) {
                return List.of();
            }
            out.add(new String[]{s.get(i), t.get(i)});
        }
        return out;
    }

    private void readMemories() {
        Set<String> groups = new HashSet<>();
        for (NamedMemory m : NamedMemory.<NamedMemory>listAll()) {
            String group = "memory:" + m.id;
            if (!m.enabled) {
                continue;
            }
            groups.add(group);
            if (memory.groups().contains(group)) {
                continue; // a memory's segments never change after import
            }
            List<Segment> segments = new ArrayList<>();
            long at = m.createdAt.toInstant().toEpochMilli();
            MemoryOrigin origin = new MemoryOrigin(m.id, m.name);
            for (MemorySegment s : MemorySegment.<MemorySegment>list("memoryId", m.id)) {
                segments.add(new Segment(s.sourceLanguage, s.targetLanguage, s.sourceText, s.targetText, "external", at, origin));
            }
            memory.replace(group, segments);
        }
        for (String group : memory.groups()) {
            if (group.startsWith("memory:") && !groups.contains(group)) {
                memory.replace(group, List.of());
            }
        }
    }
}
