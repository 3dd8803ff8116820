package io.kontor.problem;

/** 403: the caller is known, but its role does not allow this. */
public class Forbidden extends ProblemException {

    public Forbidden(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}
