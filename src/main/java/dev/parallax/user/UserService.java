package dev.parallax.user;

import dev.parallax.common.ApiException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creates users, changes their role or password, removes them — never the last admin, and never the
 * signed-in user's own account or role (another admin does that), so no one locks themself out.
 */
@ApplicationScoped
public class UserService {

    @jakarta.inject.Inject
    CurrentUser currentUser;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    static final int MIN_PASSWORD = 8;

    @Inject
    CredentialCache credentials;

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
        user.password = hash(password);
        setRole(user, Role.parse(role));
        user.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        user.persist();
        return user;
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
            setRole(user, newRole);
        }
        if (password != null) {
            user.password = hash(password);
        }
        credentials.forget(username);
        return user;
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
        credentials.forget(username);
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

    private static String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw ApiException.badRequest("Invalid password", "A password needs at least " + MIN_PASSWORD + " characters.");
        }
        return BcryptUtil.bcryptHash(password);
    }
}
