package dev.parallax.user;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import dev.parallax.common.ClusterLock;
import dev.parallax.common.ParallaxConfig;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * On a first start with no users, creates {@code admin} with the password from PARALLAX_ADMIN_PASSWORD,
 * or a random one printed once in the log: there is never a default password to forget to change.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    UserService users;

    @Inject
    ParallaxConfig config;

    @Inject
    ClusterLock lock;

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            // instances starting together on one database: one creates the admin, the others then see it
            lock.hold(ClusterLock.Name.STARTUP);
            if (User.count() > 0) {
                return;
            }
            String configured = config.adminPassword().orElse("");
            boolean given = !configured.isBlank();
            String password = given ? configured : randomPassword();
            users.createFirstAdmin(password, !given);
            if (given) {
                LOG.info("Created the user 'admin' with the password from PARALLAX_ADMIN_PASSWORD");
            } else {
                LOG.warnf("Created the user 'admin' with the password %s — it is shown only this once; "
                        + "sign in with it and choose a new one (asked at the first sign-in), or set PARALLAX_ADMIN_PASSWORD before the first start", password);
            }
        });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
