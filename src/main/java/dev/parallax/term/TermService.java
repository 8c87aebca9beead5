package dev.parallax.term;

import dev.parallax.common.ApiException;
import dev.parallax.text.LanguageTags;
import dev.parallax.text.MalformedTextException;
import dev.parallax.text.Slugs;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.Domain;
import dev.parallax.term.engine.TermData;
import dev.parallax.term.engine.TermFolding;
import dev.parallax.term.engine.TermIndex;
import dev.parallax.term.engine.TermStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place the termbase is read and written: concepts and their terms, search, CSV/TBX import, and the
 * shared {@link TermIndex} that the aligned page, the flags, the translate page and the grammar check match with.
 */
@ApplicationScoped
public class TermService {

    public static final int MAX_TERM = 300;
    public static final int MAX_DEFINITION = 2000;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_OUTLET = 100;
    public static final int MAX_POS = 40;
    /** How often the termbase's change stamp is read, at most: edits made on another instance show up this soon. */
    static final long STAMP_CHECK_MS = 1_000;

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private volatile TermIndex index;
    private volatile String indexStamp = "";
    private volatile long stampCheckedAt;

    /** The concepts with a term matching {@code q} (folded; any language unless {@code language} is given). */
    @Transactional
    public List<Concept> search(String q, String language, int limit) {
        String folded = q == null ? "" : TermFolding.foldPhrase(q);
        String lang = language == null || language.isBlank() ? null : TermIndex.primary(language.strip());
        StringBuilder jpql = new StringBuilder("select distinct t.concept.id from Term t where 1 = 1");
        if (!folded.isEmpty()) {
            jpql.append(" and t.folded like :q");
        }
        if (lang != null) {
            jpql.append(" and (lower(t.language) = :lang or lower(t.language) like :langRegion)");
        }
        var query = em.createQuery(jpql.toString(), Long.class);
        if (!folded.isEmpty()) {
            query.setParameter("q", "%" + folded.replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (lang != null) {
            query.setParameter("lang", lang).setParameter("langRegion", lang + "-%");
        }
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> sorted = ids.stream().sorted().limit(limit).toList();
        return em.createQuery("select distinct c from Concept c left join fetch c.terms where c.id in :ids order by c.key", Concept.class)
                .setParameter("ids", sorted).getResultList();
    }

    @Transactional
    public long count() {
        return em.createQuery("select count(c) from Concept c", Long.class).getSingleResult();
    }

    @Transactional
    public Concept get(long id) {
        List<Concept> found = em.createQuery("select c from Concept c left join fetch c.terms where c.id = :id", Concept.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("Concept", id);
        }
        return found.get(0);
    }

    @Transactional
    public Concept create(ConceptData input) {
        ConceptData c = validate(input);
        Concept concept = new Concept();
        concept.key = c.key() == null || c.key().isBlank() ? freshKey(c) : c.key();
        if (findByKey(concept.key) != null) {
            throw ApiException.conflict("Concept exists", "A concept with the id '" + concept.key + "' already exists.");
        }
        fill(concept, c);
        em.persist(concept);
        invalidate();
        return concept;
    }

    @Transactional
    public Concept update(long id, ConceptData input) {
        ConceptData c = validate(input);
        Concept concept = get(id);
        fill(concept, c);
        em.flush();
        invalidate();
        return concept;
    }

    @Transactional
    public void delete(long id) {
        Concept concept = get(id);
        em.remove(concept);
        invalidate();
    }

    /** What an import did. */
    public record ImportResult(int created, int updated, int terms) {
    }

    /**
     * Stores the concepts, all or nothing: each is checked first (a 400 naming its line or element stores
     * none); a concept whose id exists is replaced, a new one added.
     */
    @Transactional
    public ImportResult importConcepts(List<ConceptData> concepts) {
        List<ConceptData> valid = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ConceptData c : concepts) {
            ConceptData v = validate(c);
            if (!keys.add(v.key())) {
                throw ApiException.badRequest("Invalid termbase", c.where() + ": the concept id '" + v.key() + "' appears twice.");
            }
            valid.add(v);
        }
        // what is there now, compared as exchanged: an unchanged concept is not written at all
        Map<String, Long> ids = new HashMap<>();
        Map<String, ConceptData> now = new HashMap<>();
        for (Concept c : em.createQuery("select distinct c from Concept c left join fetch c.terms", Concept.class).getResultList()) {
            ids.put(c.key, c.id);
            now.put(c.key, data(c));
        }
        em.clear();
        List<Long> changed = new ArrayList<>();
        for (ConceptData c : valid) {
            ConceptData before = now.get(c.key());
            if (before != null && !same(before, c)) {
                changed.add(ids.get(c.key()));
            }
        }
        for (int i = 0; i < changed.size(); i += 500) {
            em.createQuery("delete from Term t where t.concept.id in :ids")
                    .setParameter("ids", changed.subList(i, Math.min(changed.size(), i + 500))).executeUpdate();
        }
        int updated = 0;
        int terms = 0;
        List<ConceptData> fresh = new ArrayList<>();
        for (ConceptData c : valid) {
            ConceptData before = now.get(c.key());
            if (before == null) {
                fresh.add(c);
            } else if (!same(before, c)) {
                fill(em.find(Concept.class, ids.get(c.key())), c);
                updated++;
            }
            terms += c.terms().size();
        }
        em.flush();
        insertNew(fresh);
        invalidate();
        return new ImportResult(fresh.size(), updated, terms);
    }

    private static final int BATCH = 500;

    /**
     * Stores new concepts and their terms with batched JDBC statements in the caller's transaction: through the entity
     * manager, identity keys cost a round trip and the bookkeeping of an entity each, and the starter termbase (1,847
     * concepts, some 8,000 rows) took 4–5 s of every first start. The same rows as {@link #fill} writes.
     */
    private void insertNew(List<ConceptData> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement concept = connection.prepareStatement(
                    "insert into term_concept (concept_key, concept_domain, definition, updated_at) values (?, ?, ?, ?)")) {
                for (int i = 0; i < fresh.size(); i++) {
                    ConceptData c = fresh.get(i);
                    concept.setString(1, c.key());
                    concept.setString(2, c.domain().key());
                    concept.setString(3, c.definition());
                    concept.setObject(4, now);
                    concept.addBatch();
                    if (i % BATCH == BATCH - 1 || i == fresh.size() - 1) {
                        concept.executeBatch();
                    }
                }
            }
            Map<String, Long> idOf = new HashMap<>();
            try (java.sql.PreparedStatement read = connection.prepareStatement("select id, concept_key from term_concept");
                 java.sql.ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    idOf.put(rows.getString(2), rows.getLong(1));
                }
            }
            try (java.sql.PreparedStatement term = connection.prepareStatement("insert into term_entry (concept_id, sort_order, language,"
                    + " term_text, term_folded, status, part_of_speech, outlet, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (ConceptData c : fresh) {
                    int order = 0;
                    for (TermData t : c.terms()) {
                        term.setLong(1, idOf.get(c.key()));
                        term.setInt(2, order++);
                        term.setString(3, t.language());
                        term.setString(4, t.text());
                        term.setString(5, TermFolding.foldPhrase(t.text()));
                        term.setString(6, t.status().key());
                        term.setString(7, t.partOfSpeech());
                        term.setString(8, t.outlet());
                        term.setString(9, t.note());
                        term.addBatch();
                        if (++pending == BATCH) {
                            term.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    term.executeBatch();
                }
            }
        });
    }

    /** The whole termbase, concepts by id, terms in their order. */
    @Transactional
    public List<ConceptData> exportAll() {
        List<ConceptData> out = new ArrayList<>();
        for (Concept c : em.createQuery("select distinct c from Concept c left join fetch c.terms order by c.key", Concept.class)
                .getResultList()) {
            out.add(data(c));
        }
        return out;
    }

    public static ConceptData data(Concept c) {
        List<TermData> terms = new ArrayList<>();
        for (Term t : c.terms) {
            terms.add(new TermData(t.language, t.text, TermStatus.parse(t.status), t.partOfSpeech, t.outlet, t.note));
        }
        return new ConceptData(c.key, Domain.parse(c.domain), c.definition, terms, "concept '" + c.key + "'");
    }

    /**
     * The termbase as a matcher, shared. Rebuilt after a write here, and when the termbase's change stamp moved (a
     * write on another instance): the stamp is one aggregate over the concepts, read at most every
     * {@link #STAMP_CHECK_MS}, so an edit elsewhere shows within a second and an unchanged termbase keeps its
     * index (and the views cached on it) for good.
     */
    public TermIndex index() {
        TermIndex i = index;
        long now = System.currentTimeMillis();
        if (i != null && now - stampCheckedAt < STAMP_CHECK_MS) {
            return i;
        }
        synchronized (this) {
            i = index;
            if (i != null && System.currentTimeMillis() - stampCheckedAt < STAMP_CHECK_MS) {
                return i;
            }
            String stamp = stamp();
            if (i == null || !stamp.equals(indexStamp)) {
                i = buildIndex();
                index = i;
                indexStamp = stamp;
            }
            stampCheckedAt = System.currentTimeMillis();
            return i;
        }
    }

    /**
     * Moves with every write of the termbase: a concept added (count, sum of ids), deleted (count) or changed, its
     * terms included (a write sets the concept's {@code updated_at}).
     */
    @Transactional
    String stamp() {
        Object[] row = em.createQuery("select count(c), max(c.updatedAt), coalesce(sum(c.id), 0) from Concept c", Object[].class)
                .getSingleResult();
        return java.util.Arrays.toString(row);
    }

    @Transactional
    TermIndex buildIndex() {
        List<Object[]> rows = em.createQuery("select c.id, c.domain, t.language, t.text, t.status, t.outlet from Term t join t.concept c"
                + " order by c.id, t.sortOrder", Object[].class).getResultList();
        List<TermIndex.Entry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            entries.add(TermIndex.entry((Long) r[0], Domain.parse((String) r[1]), (String) r[2], (String) r[3],
                    TermStatus.parse((String) r[4]), (String) r[5]));
        }
        return new TermIndex(entries);
    }

    /** Forgets the index now and again once the write's transaction ends, so no reader keeps one built before its commit. */
    public void invalidate() {
        forget();
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        index = null;
        indexStamp = "";
        stampCheckedAt = 0;
    }

    private static boolean same(ConceptData a, ConceptData b) {
        return a.domain() == b.domain() && java.util.Objects.equals(a.definition(), b.definition()) && a.terms().equals(b.terms());
    }

    private Concept findByKey(String key) {
        List<Concept> found = em.createQuery("select c from Concept c where c.key = :k", Concept.class).setParameter("k", key)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private String freshKey(ConceptData c) {
        TermData first = c.terms().stream().filter(t -> TermIndex.primary(t.language()).equals("en")).findFirst().orElse(c.terms().get(0));
        String slug = Slugs.of(first.text());
        String base = c.domain().key() + "-" + (slug.isEmpty() ? "concept" : slug);
        base = base.length() > 180 ? base.substring(0, 180) : base;
        String key = base;
        for (int n = 2; findByKey(key) != null; n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private void fill(Concept concept, ConceptData c) {
        concept.domain = c.domain().key();
        concept.definition = c.definition();
        concept.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        // replace the terms (orphan removal deletes the old rows)
        concept.terms.clear();
        int order = 0;
        for (TermData t : c.terms()) {
            Term term = new Term();
            term.concept = concept;
            term.sortOrder = order++;
            term.language = t.language();
            term.text = t.text();
            term.folded = TermFolding.foldPhrase(t.text());
            term.status = t.status().key();
            term.partOfSpeech = t.partOfSpeech();
            term.outlet = t.outlet();
            term.note = t.note();
            concept.terms.add(term);
        }
    }

    /**
     * Checks a concept and returns it cleaned: languages canonical, texts stripped, duplicates (same
     * language, same folded text) merged into the first, keeping the strongest status and any field the
     * first lacks. A 400 naming where the concept came from for anything wrong.
     */
    public static ConceptData validate(ConceptData c) {
        String where = c.where() == null ? "the concept" : c.where();
        if (c.key() != null && c.key().strip().length() > 200) {
            throw ApiException.badRequest("Invalid concept", where + ": the concept id is longer than 200 characters.");
        }
        if (c.domain() == null) {
            throw ApiException.badRequest("Invalid concept", where + ": a domain is required (person, place, organisation, title, "
                    + "event, general).");
        }
        String definition = c.definition() == null || c.definition().isBlank() ? null : c.definition().strip();
        if (definition != null && definition.length() > MAX_DEFINITION) {
            throw ApiException.badRequest("Invalid concept", where + ": the definition is longer than " + MAX_DEFINITION + " characters.");
        }
        if (c.terms().isEmpty()) {
            throw ApiException.badRequest("Invalid concept", where + ": a concept needs at least one term.");
        }
        Map<String, TermData> merged = new LinkedHashMap<>();
        int n = 0;
        for (TermData t : c.terms()) {
            n++;
            String at = where + ", term " + n;
            String language;
            try {
                language = LanguageTags.canonical(t.language());
            } catch (MalformedTextException e) {
                throw ApiException.badRequest("Invalid concept", at + ": " + e.detail());
            }
            String text = t.text() == null ? "" : t.text().strip();
            if (text.isEmpty() || TermFolding.tokens(text).isEmpty()) {
                throw ApiException.badRequest("Invalid concept", at + ": the term is empty.");
            }
            if (text.length() > MAX_TERM) {
                throw ApiException.badRequest("Invalid concept", at + ": the term is longer than " + MAX_TERM + " characters.");
            }
            if (t.status() == null) {
                throw ApiException.badRequest("Invalid concept", at + ": unknown status (preferred, admitted, forbidden).");
            }
            String pos = limit(t.partOfSpeech(), MAX_POS, at, "part of speech");
            String outlet = limit(t.outlet(), MAX_OUTLET, at, "outlet");
            String note = limit(t.note(), MAX_NOTE, at, "note");
            TermData clean = new TermData(language, text, t.status(), pos, outlet, note);
            String k = language.toLowerCase(java.util.Locale.ROOT) + "\u0000" + TermFolding.foldPhrase(text)
                    + "\u0000" + (outlet == null ? "" : outlet.toLowerCase(java.util.Locale.ROOT));
            TermData before = merged.get(k);
            merged.put(k, before == null ? clean : merge(before, clean));
        }
        // one language's terms together, in the order the languages first appear
        List<TermData> terms = new ArrayList<>(merged.values());
        List<String> languages = terms.stream().map(TermData::language).distinct().toList();
        List<TermData> grouped = new ArrayList<>();
        for (String l : languages) {
            terms.stream().filter(t -> t.language().equals(l)).forEach(grouped::add);
        }
        return new ConceptData(c.key() == null ? null : c.key().strip(), c.domain(), definition, grouped, where);
    }

    private static TermData merge(TermData a, TermData b) {
        TermStatus status = a.status().ordinal() <= b.status().ordinal() ? a.status() : b.status();
        if (a.status() == TermStatus.FORBIDDEN || b.status() == TermStatus.FORBIDDEN) {
            status = TermStatus.FORBIDDEN;
        }
        return new TermData(a.language(), a.text(), status, a.partOfSpeech() != null ? a.partOfSpeech() : b.partOfSpeech(),
                a.outlet(), a.note() != null ? a.note() : b.note());
    }

    private static String limit(String value, int max, String at, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ApiException.badRequest("Invalid concept", at + ": the " + what + " is longer than " + max + " characters.");
        }
        return v;
    }
}
