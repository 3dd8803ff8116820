package io.kontor.documents.service;

import io.kontor.documents.ClientDetails;
import io.kontor.problem.Violation;

import java.util.List;

/**
 * One data row of a client CSV as written: cell values stripped of surrounding spaces, empty cells as null, not
 * yet validated or normalised.
 *
 * @param row           the line of the file the row starts on, counting the header as 1
 * @param accountantIds the {@code |}-separated ids of the accountantIds cell; null when the cell is empty
 * @param layoutErrors  values the header row gives no column name to
 */
public record ClientCsvRow(int row, String name, String vatNumber, String companyNumber, String country,
                           String externalReference, List<String> accountantIds, List<Violation> layoutErrors) {

    public ClientCsvRow {
        accountantIds = accountantIds == null ? null : List.copyOf(accountantIds);
        layoutErrors = List.copyOf(layoutErrors);
    }

    /** The details as {@code POST /clients} stores them; only for a row that passed validation. */
    public ClientDetails toDetails() {
        return new ClientDetails(name, vatNumber, companyNumber, country, externalReference, accountantIds);
    }
}
