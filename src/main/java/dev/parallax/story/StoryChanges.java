package dev.parallax.story;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each story's change count ({@code story.change_count}): what lets any instance cache what it computed from a
 * story (an aligned view, its JSON) and still never answer from a stale copy after an edit made here or on another
 * instance sharing the database. Hibernate tells this interceptor of every row of a {@link StoryContent} entity
 * inserted, updated or deleted (and of every change to such an entity's collections); just before the transaction
 * commits, after Hibernate's last flush, the count of each story touched goes up by one, in that same transaction,
 * so the count and the content change together or not at all. A bulk update that bypasses the entities says so
 * with {@link #changed(long)}. Reading the count is one indexed single-row query outside any transaction.
 */
@ApplicationScoped
public class StoryChanges {

    private static final String KEY = StoryChanges.class.getName();

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    /** The story's change count, read now from the database; -1 when there is no such story. */
    public long count(long storyId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select change_count from story where id = ?")) {
            q.setLong(1, storyId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the change count of story " + storyId, e);
        }
    }

    /** Counts a change to the story made in the current transaction by a bulk statement (no entity event). */
    public void changed(long storyId) {
        touched().add(storyId);
    }

    /** Hibernate's side: hears of every entity change and bumps the counts before commit. */
    @ApplicationScoped
    @PersistenceUnitExtension
    public static class Listener implements Interceptor {

        @Inject
        StoryChanges changes;

        @Override
        public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
            note(entity);
            return false;
        }

        @Override
        public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState, String[] propertyNames,
                                    Type[] types) {
            note(entity);
            return false;
        }

        @Override
        public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
            note(entity);
        }

        @Override
        public void onCollectionRecreate(Object collection, Object key) {
            noteOwner(collection);
        }

        @Override
        public void onCollectionRemove(Object collection, Object key) {
            noteOwner(collection);
        }

        @Override
        public void onCollectionUpdate(Object collection, Object key) {
            noteOwner(collection);
        }

        /** After Hibernate's last flush at commit. */
        @Override
        public void beforeTransactionCompletion(Transaction tx) {
            changes.countTouched();
        }

        private void noteOwner(Object collection) {
            if (collection instanceof PersistentCollection<?> c) {
                note(c.getOwner());
            }
        }

        private void note(Object entity) {
            if (entity instanceof StoryContent content) {
                Long story = content.storyOfChange();
                if (story != null) {
                    changes.touched().add(story);
                }
            }
        }
    }

    /** Bumps the count of every story touched in this transaction: one row lock each, taken in id order. */
    void countTouched() {
        Set<Long> stories = existing();
        if (stories == null || stories.isEmpty()) {
            return;
        }
        try {
            for (long story : stories) {
                em.createNativeQuery("update story set change_count = change_count + 1 where id = ?1").setParameter(1, story)
                        .executeUpdate();
            }
            stories.clear();
        } catch (RuntimeException e) {
            // Hibernate logs and swallows what an interceptor throws here: a change whose count did not go up would be
            // hidden from every cache, so it must not commit
            transactions.setRollbackOnly();
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    Set<Long> existing() {
        try {
            return (Set<Long>) transactions.getResource(KEY);
        } catch (IllegalStateException noTransaction) {
            return null;
        }
    }

    Set<Long> touched() {
        Set<Long> stories = existing();
        if (stories == null) {
            stories = new TreeSet<>();
            transactions.putResource(KEY, stories);
        }
        return stories;
    }
}
