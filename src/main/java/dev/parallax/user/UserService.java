package dev.parallax.user;

import dev.parallax.audit.AuditAction;
import dev.parallax.audit.AuditLog;
import dev.parallax.common.ApiException;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Creates users, changes their role or password, removes them — never the last admin, and never the
 * signed-in user's own account or role (another admin does that), so no one locks themself out. Every change is
 * audited; passwords are bcrypt-hashed, at least {@value #MIN_PASSWORD} characters and not on the list of common ones.
 */
@ApplicationScoped
public class UserService {

    @jakarta.inject.Inject
    CurrentUser currentUser;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    static final int MIN_PASSWORD = 8;

    @Inject
    AuditLog audit;
    @Inject
    CredentialCache credentials;
    @Inject
    CommonPasswords commonPasswords;
    @Inject
    Sessions sessions;
    @Inject
    CredentialChanges credentialChanges;

    /** Users who must change their password before anything else (kept in memory: asked on every request). */
    private final Set<String> mustChange = ConcurrentHashMap.newKeySet();

    void loadMustChange(@Observes @Priority(10) StartupEvent event) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                User.<User>list("mustChangePassword", true).forEach(u -> mustChange.add(u.username)));
    }

    public boolean mustChangePassword(String username) {
        return mustChange.contains(username);
    }

    public List<User> list() {
        return User.list("order by username");
    }

    public User user(String username) {
        return User.findByUsername(username).orElseThrow(() -> ApiException.notFound("User", username));
    }

    @Transactional
    public User create(String username, String password, String role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("Invalid username", "2 to 100 letters, digits, '.', '_', '@' or '-'.");
        }
        if (User.findByUsername(username).isPresent()) {
            throw ApiException.conflict("User exists", "There is already a user '" + username + "'.");
        }
        User user = new User();
        user.username = username;
        user.password = hash(password, username);
        setRole(user, Role.parse(role));
        user.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        user.persist();
        audit.record(AuditAction.USER_CREATED, "user " + username, "role " + user.role);
        return user;
    }

    /** The first admin with a generated password: it must be changed at the first sign-in. */
    @Transactional
    User createFirstAdmin(String password, boolean generated) {
        User user = create("admin", password, Role.ADMIN.label());
        if (generated) {
            requirePasswordChange(user.username);
        }
        return user;
    }

    /** The user must choose a new password before anything else. */
    @Transactional
    void requirePasswordChange(String username) {
        user(username).mustChangePassword = true;
        mustChange.add(username);
    }

    @Transactional
    public User update(String username, String role, String password) {
        User user = user(username);
        if (role != null) {
            Role newRole = Role.parse(role);
            if (Role.parse(user.role) == Role.ADMIN && newRole != Role.ADMIN && adminCount() == 1) {
                throw ApiException.conflict("Last admin", "'" + username + "' is the only admin; make another admin first.");
            }
            if (newRole != Role.parse(user.role) && isSelf(user)) {
                throw ApiException.conflict("Own role", "You cannot change your own role; another admin can.");
            }
            if (!newRole.label().equals(user.role)) {
                audit.record(AuditAction.USER_CHANGED, "user " + username, "role " + user.role + " → " + newRole.label());
            }
            setRole(user, newRole);
        }
        if (password != null) {
            user.password = hash(password, username);
            sessions.endAll(username); // whoever knew the old password is signed out
            audit.record(AuditAction.USER_CHANGED, "user " + username, "password set by an admin");
        }
        credentials.forget(username);
        if (role != null || password != null) {
            credentialChanges.changed(); // its tokens and Basic act with the new role, or stop, on every instance
        }
        return user;
    }

    /** A user changes their own password: the current one must be right; the new one must differ and pass the rules. */
    @Transactional
    public void changeOwnPassword(String username, String current, String replacement) {
        User user = user(username);
        if (current == null || !BcryptUtil.matches(current, user.password)) {
            throw ApiException.badRequest("Wrong current password", "The current password is not right; the password was not changed.");
        }
        if (replacement != null && replacement.equals(current)) {
            throw ApiException.badRequest("Invalid password", "The new password must differ from the current one.");
        }
        user.password = hash(replacement, username);
        user.mustChangePassword = false;
        mustChange.remove(username);
        credentials.forget(username);
        credentialChanges.changed();
        audit.record(AuditAction.PASSWORD_CHANGED, "user " + username, null);
    }

    @Transactional
    public void delete(String username) {
        User user = user(username);
        if (Role.parse(user.role) == Role.ADMIN && adminCount() == 1) {
            throw ApiException.conflict("Last admin", "'" + username + "' is the only admin; make another admin first.");
        }
        if (isSelf(user)) {
            throw ApiException.conflict("Own account", "You cannot delete your own account; another admin can.");
        }
        user.delete();
        mustChange.remove(username);
        sessions.endAll(username);
        audit.record(AuditAction.USER_DELETED, "user " + username, "role " + user.role);
        credentials.forget(username);
        credentialChanges.changed();
    }

    private boolean isSelf(User user) {
        return currentUser.isSignedIn() && user.username.equals(currentUser.name());
    }

    private static long adminCount() {
        return User.count("role", Role.ADMIN.label());
    }

    private static void setRole(User user, Role role) {
        user.role = role.label();
        user.roles = role.withImplied();
    }

    private String hash(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw ApiException.badRequest("Invalid password", "A password needs at least " + MIN_PASSWORD + " characters.");
        }
        if (commonPasswords.isCommon(password) || password.equalsIgnoreCase(username)) {
            throw ApiException.badRequest("Invalid password", "That password is on the list of common passwords "
                    + "attackers try first (or is the user name); choose another, a few unrelated words are best.");
        }
        return BcryptUtil.bcryptHash(password);
    }
}
