package io.kontor.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** What the test handler writes: one row per handled event, so duplicates would show as extra rows. */
@Entity
@Table(name = "archive_log")
public class ArchiveLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "event_id")
    public String eventId;

    protected ArchiveLogEntry() {
    }

    ArchiveLogEntry(UUID clientId, String eventId) {
        this.clientId = clientId;
        this.eventId = eventId;
    }
}
