package io.kontor.store;

/** What kind of product an extension connects to. */
public enum ExtensionCategory {
    /** An accounting package: Exact Online, Octopus, DATEV, … */
    ACCOUNTING_PACKAGE,
    /** Long-term document archiving. */
    ARCHIVE,
    /** Not tied to one product: a webhook, a mailbox. */
    GENERIC
}
