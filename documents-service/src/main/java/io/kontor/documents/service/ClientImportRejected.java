package io.kontor.documents.service;

import io.kontor.problem.ProblemException;

import java.util.List;
import java.util.Locale;

/**
 * At least one row of an import breaks a rule, so none was imported: half a client list in the directory would
 * leave the firm to work out which half. Lists every invalid row, so that one round of corrections is enough.
 */
public class ClientImportRejected extends ProblemException {

    private final List<ImportRowErrors> rows;

    public ClientImportRejected(int rowCount, List<ImportRowErrors> rows) {
        super(422, "validation-failed", "Request validation failed", String.format(Locale.ROOT,
                "%,d of the %,d rows %s invalid, so nothing was imported. Fix the rows listed under 'rows' (the "
                        + "header is row 1) and send the whole file again.",
                rows.size(), rowCount, rows.size() == 1 ? "is" : "are"));
        this.rows = List.copyOf(rows);
    }

    public List<ImportRowErrors> rows() {
        return rows;
    }
}
