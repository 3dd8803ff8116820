package io.kontor.documents;

import io.kontor.problem.ProblemException;

/** An original above the configured upload limit. */
public class FileTooLarge extends ProblemException {

    public FileTooLarge(long sizeBytes, long limitBytes) {
        super(413, "file-too-large", "File too large",
                "The uploaded file has " + sizeBytes + " bytes; originals may have at most " + limitBytes
                        + " bytes (" + limitBytes / (1024 * 1024) + " MiB). Split or compress the document.");
    }
}
