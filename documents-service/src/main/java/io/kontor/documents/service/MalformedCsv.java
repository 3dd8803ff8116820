package io.kontor.documents.service;

import io.kontor.problem.ProblemException;

/** The body cannot be read as CSV text at all, so no row can be checked; the detail names the line. */
public class MalformedCsv extends ProblemException {

    public MalformedCsv(String detail) {
        super(400, "malformed-csv", "Malformed CSV", detail);
    }
}
