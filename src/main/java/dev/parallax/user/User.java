package dev.parallax.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A person who signs in; the password is stored as a bcrypt hash, never in clear. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true)
    public String username;

    @Password
    @Column(nullable = false)
    public String password;

    /** The role given; {@link #roles} adds the ones it implies. */
    @Column(nullable = false)
    public String role;

    @Roles
    @Column(nullable = false)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Set for a generated first-admin password: every page and API call asks for a new one until it is changed. */
    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
