package dev.parallax.user;

import dev.parallax.audit.AuditAction;
import dev.parallax.audit.AuditLog;
import dev.parallax.common.ParallaxConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Slows password guessing down, for the sign-in form and API Basic alike, and reports failures.
 *
 * <p>It runs first among the identity providers for a user name and password: it waits as long as
 * {@link SignInThrottle} says (without holding a thread), notes the attempt on the request, then steps aside so
 * the real check (Quarkus Security JPA's bcrypt, or any credential cache in front of it) decides. The outcome
 * comes back through {@link #onFailure} (Quarkus' authentication-failure event) and {@link SignInOutcome} (a
 * success). Failures are logged at WARN and written to the audit trail with the account and the address.
 */
@ApplicationScoped
public class SignInGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class);

    /** The routing-context key of a password attempt in progress. */
    static final String ATTEMPT = SignInGuard.class.getName() + ".attempt";

    /** A password check under way: who, from where, by which door. */
    record Attempt(String username, String account, String address, String mechanism, long waitMillis) {
    }

    @Inject
    ParallaxConfig config;
    @Inject
    AuditLog audit;

    SignInThrottle throttle;

    @PostConstruct
    void init() {
        ParallaxConfig.SignIn c = config.signIn();
        throttle = new SignInThrottle(c.freeFailures(), c.firstDelay(), c.maxAddressDelay(), c.maxAccountDelay(), c.maxQueue(), c.window());
    }

    public SignInThrottle throttle() {
        return throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 2000; // before any provider that checks the password (PasswordIdentityProvider: + 1000)
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http == null) {
            return Uni.createFrom().nullItem();
        }
        String account = SignInThrottle.accountKey(request.getUsername());
        String address = address(http);
        SignInThrottle.Decision decision = throttle.admit(account, address, System.currentTimeMillis());
        if (decision.refused()) {
            LOG.warnf("Sign-in as '%s' from %s refused unchecked: too many failed attempts from that address",
                    printable(request.getUsername()), address);
            return Uni.createFrom().failure(new AuthenticationFailedException("too many failed sign-ins from this address"));
        }
        Attempt attempt = new Attempt(request.getUsername(), account, address,
                http.normalizedPath().endsWith("j_security_check") ? "form" : "basic", decision.waitMillis());
        http.put(ATTEMPT, attempt);
        if (decision.waitMillis() == 0) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().nullItem().onItem().delayIt().by(Duration.ofMillis(decision.waitMillis()))
                .replaceWith((SecurityIdentity) null);
    }

    /** A password that did not match (or an unknown user): count it, log it, audit it. */
    void onFailure(@Observes AuthenticationFailureEvent event) {
        Object http = event.getEventProperties().get(RoutingContext.class.getName());
        if (!(http instanceof RoutingContext context) || !(context.get(ATTEMPT) instanceof Attempt attempt)) {
            return;
        }
        context.remove(ATTEMPT);
        long now = System.currentTimeMillis();
        throttle.failed(attempt.account(), attempt.address(), now);
        int account = throttle.accountFailures(attempt.account(), now);
        int address = throttle.addressFailures(attempt.address(), now);
        LOG.warnf("Failed sign-in (%s) as '%s' from %s after waiting %d ms: %d failures for the account, %d from the address in the last %s",
                attempt.mechanism(), printable(attempt.username()), attempt.address(), attempt.waitMillis(), account, address,
                config.signIn().window());
        audit.recordLater(printable(attempt.username()), attempt.address(), AuditAction.SIGN_IN_FAILED, "user " + printable(attempt.username()),
                attempt.mechanism() + ", waited " + attempt.waitMillis() + " ms; " + account + " recent failures for the account, "
                        + address + " from the address");
    }

    /** Called by {@link SignInOutcome} when a password matched; the attempt, or null if none was under way. */
    Attempt succeeded(RoutingContext context, SecurityIdentity identity) {
        if (!(context.get(ATTEMPT) instanceof Attempt attempt)) {
            return null;
        }
        context.remove(ATTEMPT);
        throttle.succeeded(attempt.account(), attempt.address());
        if (attempt.mechanism().equals("form")) { // API Basic signs in on every call: its writes are audited instead
            audit.recordLater(identity.getPrincipal().getName(), attempt.address(), AuditAction.SIGN_IN, "user " + identity.getPrincipal().getName(),
                    "form, waited " + attempt.waitMillis() + " ms");
        }
        return attempt;
    }

    static String address(RoutingContext http) {
        return http.request().remoteAddress() == null ? "unknown" : http.request().remoteAddress().host();
    }

    /** A user name as typed by anyone: no control characters in the log, and not a page of it. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String p = s.replaceAll("\\p{Cntrl}", "?");
        return p.length() > 100 ? p.substring(0, 100) + "…" : p;
    }
}
