package dev.parallax.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A named lock held by one instance at a time on the shared database, until the current transaction ends.
 * Several instances may start together on one PostgreSQL: what must happen once (creating the first admin,
 * importing the seed stories, purging the trash) takes the lock first, so the second instance waits and
 * then finds the work done. A row lock ({@code select … for update}) works the same on H2 and PostgreSQL.
 */
@ApplicationScoped
public class ClusterLock {

    /** Locks of {@code V13_1__cluster_locks.sql}. */
    public enum Name {
        STARTUP("startup"), TRASH_PURGE("trash-purge");

        final String row;

        Name(String row) {
            this.row = row;
        }
    }

    @Inject
    EntityManager em;

    /** Waits until no other transaction holds the lock, then holds it until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(Name name) {
        em.createNativeQuery("select name from cluster_lock where name = ?1 for update")
                .setParameter(1, name.row)
                .getResultList();
    }
}
