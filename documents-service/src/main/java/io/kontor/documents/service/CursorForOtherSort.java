package io.kontor.documents.service;

import io.kontor.problem.ProblemException;

/** A cursor carries the order of the list it came from; it cannot continue a list sorted another way. */
public class CursorForOtherSort extends ProblemException {

    public CursorForOtherSort(String cursorSort, String requestedSort) {
        super(400, "cursor-sort-mismatch", "Cursor belongs to another sort order",
                "The cursor continues a list sorted by " + cursorSort + ", but this request sorts by " + requestedSort
                        + ". Send the same sort parameter as for the previous page, or leave the cursor out to "
                        + "start from the first page.");
    }
}
