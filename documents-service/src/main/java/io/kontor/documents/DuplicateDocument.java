package io.kontor.documents;

import io.kontor.problem.Conflict;

/** The client already has a document with exactly these bytes. */
public class DuplicateDocument extends Conflict {

    public DuplicateDocument(Document existing) {
        super("duplicate-document", "Duplicate document",
                "Client " + existing.clientId() + " already has this exact file: document " + existing.id()
                        + " (" + existing.type() + ", uploaded " + existing.createdAt() + "). Open that one, or send "
                        + "allowDuplicate=true to store a second copy on purpose.");
    }
}
