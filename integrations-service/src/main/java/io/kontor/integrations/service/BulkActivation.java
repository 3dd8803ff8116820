package io.kontor.integrations.service;

import io.kontor.events.documents.DocumentType;
import io.kontor.problem.InvalidInput;
import io.kontor.problem.ProblemException;
import io.kontor.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Activates one installation for many clients in one request (a firm rolling out a webhook to hundreds of clients).
 * Each row becomes an integration of its own, exactly as if it had been added alone — same checks, its own
 * activation period, its own event — and commits on its own: a bad row is reported and the good ones stand.
 */
// Deliberately not @Transactional: each row runs in the transaction of IntegrationService.addIntegration, so a
// refused row rolls back alone.
@ApplicationScoped
public class BulkActivation {

    private final IntegrationService integrations;
    private final InstallationLookup installations;

    public BulkActivation(IntegrationService integrations, InstallationLookup installations) {
        this.integrations = integrations;
        this.installations = installations;
    }

    /** One client's row of the request. */
    public record Row(UUID clientId, Map<String, Object> settings, List<DocumentType> documentTypes) {
    }

    /** What became of one row: the integration it added (with its signing secret), or why it was refused. */
    public record Outcome(int index, UUID clientId, IssuedSecret added, ProblemException refused) {
    }

    /**
     * @throws io.kontor.integrations.InstallationNotFound not an installation of the caller's firm: the whole request
     *         is refused before any row, which would otherwise report on the caller's own clients for someone
     *         else's installation
     */
    public List<Outcome> activate(UUID installationId, List<Row> rows) {
        installations.installationToUse(installationId);
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            try {
                requireComplete(row, index);
                outcomes.add(new Outcome(index, row.clientId(), integrations.addIntegration(row.clientId(),
                        installationId, row.settings(), row.documentTypes()), null));
            } catch (ProblemException refused) {
                outcomes.add(new Outcome(index, row.clientId(), null, refused));
            }
        }
        return outcomes;
    }

    private static void requireComplete(Row row, int index) {
        List<Violation> missing = new ArrayList<>();
        if (row.clientId() == null) {
            missing.add(new Violation("integrations[" + index + "].clientId", "must not be null"));
        }
        if (row.settings() == null) {
            missing.add(new Violation("integrations[" + index + "].settings", "must not be null"));
        }
        if (row.documentTypes() != null && row.documentTypes().contains(null)) {
            missing.add(new Violation("integrations[" + index + "].documentTypes", "must not contain null"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput("validation-failed", "Request validation failed",
                    "Row " + index + " is incomplete; fix the fields listed in errors.", missing);
        }
    }
}
