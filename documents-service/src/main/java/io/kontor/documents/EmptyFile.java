package io.kontor.documents;

import io.kontor.problem.ProblemException;

/** A document without bytes is nothing an accounting package could book. */
public class EmptyFile extends ProblemException {

    public EmptyFile() {
        super(400, "empty-file", "Empty file",
                "The uploaded file has no content (0 bytes). Choose the file again and send it as the 'file' part.");
    }
}
