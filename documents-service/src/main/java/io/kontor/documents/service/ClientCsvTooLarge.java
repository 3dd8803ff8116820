package io.kontor.documents.service;

import io.kontor.problem.ProblemException;

import java.util.Locale;

/**
 * More rows than one import takes ({@code kontor.documents.clients.import-max-rows}). 413, like a body over the
 * size limit: the file is fine, it is only too large for one request.
 */
public class ClientCsvTooLarge extends ProblemException {

    public ClientCsvTooLarge(int maxRows) {
        super(413, "too-many-rows", "Too many rows", String.format(Locale.ROOT,
                "The file holds more than %,d client rows, the most one import takes. Split it into files of at most "
                        + "%,d rows and import them one after the other.", maxRows, maxRows));
    }
}
