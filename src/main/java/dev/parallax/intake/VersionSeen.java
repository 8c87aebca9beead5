package dev.parallax.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** The last snapshot of a version a user looked at, for "changed since you last looked". */
@Entity
@Table(name = "version_seen")
public class VersionSeen extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        public String username;
        @Column(name = "version_id")
        public Long versionId;

        public Key() {
        }

        public Key(String username, Long versionId) {
            this.username = username;
            this.versionId = versionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(versionId, k.versionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, versionId);
        }
    }

    @EmbeddedId
    public Key key;

    public int snapshot;
}
