package io.kontor.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A stand-in for a service's aggregate: the state change an event must commit with. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    public UUID id;

    public String label;

    protected LedgerEntry() {
    }

    LedgerEntry(UUID id, String label) {
        this.id = id;
        this.label = label;
    }
}
