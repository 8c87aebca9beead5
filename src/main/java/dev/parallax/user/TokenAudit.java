package dev.parallax.user;

import dev.parallax.audit.AuditAction;
import dev.parallax.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** API tokens made and revoked (ApiTokenService's events) go to the audit trail, in the same transaction. */
@ApplicationScoped
public class TokenAudit {

    @Inject
    AuditLog audit;

    void onToken(@Observes ApiTokenEvent event) {
        AuditAction action = ApiTokenEvent.REVOKED.equals(event.action()) ? AuditAction.TOKEN_REVOKED : AuditAction.TOKEN_CREATED;
        audit.record(action, "user " + event.owner(), "token " + event.tokenId() + " '" + event.tokenName() + "'");
    }
}
