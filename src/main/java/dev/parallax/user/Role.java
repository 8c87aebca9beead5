package dev.parallax.user;

import dev.parallax.common.ApiException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a user may do. Each role includes the ones below it: viewers read; translators also edit
 * versions' text and statuses; editors also manage stories, versions and alignment; admins also manage
 * users and restore deleted work.
 */
public enum Role {
    VIEWER, TRANSLATOR, EDITOR, ADMIN;

    public static final String VIEWER_NAME = "viewer";
    public static final String TRANSLATOR_NAME = "translator";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it includes, as stored for Quarkus Security ("editor,translator,viewer"). */
    public String withImplied() {
        return String.join(",", implied().stream().map(Role::label).toList());
    }

    public List<Role> implied() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).sorted((a, b) -> b.ordinal() - a.ordinal()).toList();
    }

    public static Role parse(String value) {
        if (value != null) {
            for (Role r : values()) {
                if (r.label().equalsIgnoreCase(value.strip())) {
                    return r;
                }
            }
        }
        throw ApiException.badRequest("Invalid role", "'" + value + "' is not a role (admin, editor, translator, viewer).");
    }
}
