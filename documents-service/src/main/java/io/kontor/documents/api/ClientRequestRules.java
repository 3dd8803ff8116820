package io.kontor.documents.api;

import io.kontor.documents.service.ClientCsvRow;
import io.kontor.documents.service.ClientDetailsRules;
import io.kontor.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;

/**
 * Checks an imported row as the body of {@code POST /clients}: the row becomes a {@link ClientRequest} and goes
 * through the same bean-validation constraints, so the two can never disagree.
 */
@ApplicationScoped
class ClientRequestRules implements ClientDetailsRules {

    private final Validator validator;

    ClientRequestRules(Validator validator) {
        this.validator = validator;
    }

    @Override
    public List<Violation> violations(ClientCsvRow row) {
        ClientRequest request = new ClientRequest(row.name(), row.vatNumber(), row.companyNumber(), row.country(),
                row.externalReference(), row.accountantIds());
        return validator.validate(request).stream()
                .map(violation -> new Violation(field(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
    }

    /** {@code name}, or {@code accountantIds[1]} for an element: the names the JSON API reports too. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                field.append(node.getIndex() == null ? "" : "[" + node.getIndex() + "]");
            } else if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
