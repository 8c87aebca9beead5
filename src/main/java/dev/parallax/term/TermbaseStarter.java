package dev.parallax.term;

import dev.parallax.common.ApiException;
import dev.parallax.common.ClusterLock;
import dev.parallax.common.ParallaxConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Loads the starter termbase shipped with the project ({@code translations/termbase.csv}) at the first start,
 * as the story folders are. Once loaded it is remembered ({@code termbase_import}), so a restart never loads
 * it again: the users' edits and deletions win.
 */
@ApplicationScoped
public class TermbaseStarter {

    private static final Logger LOG = Logger.getLogger(TermbaseStarter.class);
    public static final String FILE_NAME = "termbase.csv";

    @Inject
    ParallaxConfig config;
    @Inject
    TermService terms;
    @Inject
    EntityManager em;
    @Inject
    ClusterLock lock;

    void onStart(@Observes StartupEvent event) {
        if (config.importOnStartup()) {
            load(config.translationsDir().resolve(FILE_NAME));
        }
    }

    /** Loads the file unless it was loaded before; how many concepts were stored (0 if none). */
    public int load(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            byte[] data = Files.readAllBytes(file);
            var concepts = TermCsv.read(data);
            String name = "starter:" + file.getFileName();
            Integer stored = QuarkusTransaction.requiringNew().call(() -> {
                lock.hold(ClusterLock.Name.STARTUP);
                if (em.find(TermbaseImport.class, name) != null) {
                    return 0;
                }
                TermService.ImportResult r = terms.importConcepts(concepts);
                em.persist(new TermbaseImport(name, OffsetDateTime.now(ZoneOffset.UTC)));
                return r.created() + r.updated();
            });
            if (stored > 0) {
                LOG.infof("Loaded the starter termbase %s: %d concepts", file, stored);
            }
            return stored;
        } catch (ApiException e) {
            LOG.errorf("Starter termbase %s not loaded: %s", file, e.getMessage());
        } catch (IOException e) {
            LOG.errorf("Starter termbase %s not read: %s", file, e.getMessage());
        }
        return 0;
    }
}
