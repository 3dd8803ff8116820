package io.kontor.problem;

/** 409: the request is valid but clashes with the current state (a duplicate, an archived client). */
public class Conflict extends ProblemException {

    public Conflict(String slug, String title, String detail) {
        super(409, slug, title, detail);
    }
}
