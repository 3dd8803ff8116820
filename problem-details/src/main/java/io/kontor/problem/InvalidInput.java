package io.kontor.problem;

import java.util.List;

/** 422: well-formed JSON whose content breaks a rule; {@code violations} names every offending field. */
public class InvalidInput extends ProblemException {

    public InvalidInput(String slug, String title, String detail, List<Violation> violations) {
        super(422, slug, title, detail, violations);
    }
}
