package dev.parallax.audit;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of event the audit trail records, each with the key stored and a label for the admin page. */
public enum AuditAction {
    SIGN_IN("signed in"),
    SIGN_IN_FAILED("sign-in failed"),
    SIGN_OUT("signed out"),
    PASSWORD_CHANGED("changed own password"),
    USER_CREATED("created user"),
    USER_CHANGED("changed user"),
    USER_DELETED("deleted user"),
    TOKEN_CREATED("created API token"),
    TOKEN_REVOKED("revoked API token"),
    STORY_DELETED("deleted story"),
    VERSION_DELETED("deleted version"),
    STORY_RESTORED("restored story"),
    VERSION_RESTORED("restored version"),
    IMPORTED("imported"),
    EXPORTED("exported"),
    ALIGNMENT_CORRECTED("corrected alignment");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** The action of a stored key, or null for an unknown one. */
    public static AuditAction of(String key) {
        return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst().orElse(null);
    }
}
