package dev.parallax.user;

/**
 * Fired (CDI event) when a user creates or revokes an API token: the hook for the audit trail, which
 * observes it. Never carries the token's secret.
 */
public record ApiTokenEvent(String actor, String owner, String action, long tokenId, String tokenName) {

    public static final String CREATED = "token.create";
    public static final String REVOKED = "token.revoke";
}
