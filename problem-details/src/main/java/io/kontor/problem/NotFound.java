package io.kontor.problem;

/**
 * 404. Also what another partner's resource looks like: the caller must not learn that it exists
 * (DESIGN.md §3), so the detail never says whose it is.
 */
public class NotFound extends ProblemException {

    public NotFound(String slug, String title, String detail) {
        super(404, slug, title, detail);
    }
}
