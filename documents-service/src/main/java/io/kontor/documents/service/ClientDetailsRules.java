package io.kontor.documents.service;

import io.kontor.problem.Violation;

import java.util.List;

/**
 * The field rules of a client's details, exactly those {@code POST /clients} applies to its body. The API layer
 * owns them (bean-validation constraints on its request record) and implements this, so that an imported row is
 * held to the same rules without a second copy of them.
 */
public interface ClientDetailsRules {

    /** @return every field of the row that breaks a rule, by the field names of the JSON API; empty when valid */
    List<Violation> violations(ClientCsvRow row);
}
