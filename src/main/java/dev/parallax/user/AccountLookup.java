package dev.parallax.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads a user's stored password hash and roles: one indexed query, for every Basic-authenticated request. */
@ApplicationScoped
public class AccountLookup {

    @Transactional
    public CredentialCache.Account find(String username) {
        if (username == null || username.isEmpty() || username.length() > 100) {
            return null;
        }
        return User.findByUsername(username).map(u -> new CredentialCache.Account(u.username, u.password, u.roles)).orElse(null);
    }
}
