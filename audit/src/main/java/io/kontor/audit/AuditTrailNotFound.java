package io.kontor.audit;

import io.kontor.problem.NotFound;

/** A trail another service keeps, or none. */
public class AuditTrailNotFound extends NotFound {

    public AuditTrailNotFound(String asked, String kept) {
        super("audit-trail-not-found", "Audit trail not found", "This service keeps the '" + kept + "' trail, not '"
                + asked + "'. Each service keeps the trail of what it owns, at /api/v1/audit/<trail>: documents, "
                + "integrations, store, deliveries.");
    }
}
