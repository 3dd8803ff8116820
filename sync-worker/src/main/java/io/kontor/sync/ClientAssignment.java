package io.kontor.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Who a client is assigned to, as {@code kontor.clients} last said: what an accountant may see of deliveries. */
@Entity
@Table(name = "client_assignment")
public class ClientAssignment {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "accountant_ids", nullable = false)
    private List<String> accountantIds = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClientAssignment() {
    }

    public static ClientAssignment of(UUID clientId, String partnerId) {
        ClientAssignment assignment = new ClientAssignment();
        assignment.clientId = clientId;
        assignment.partnerId = partnerId;
        assignment.updatedAt = Instant.EPOCH;
        return assignment;
    }

    /** Takes the assignments as they stood at {@code asOf}, unless a later event was here first. */
    public void assign(List<String> accountants, Instant asOf) {
        if (asOf.isAfter(updatedAt)) {
            accountantIds = new ArrayList<>(accountants == null ? List.of() : accountants);
            updatedAt = asOf;
        }
    }

    public List<String> accountantIds() {
        return List.copyOf(accountantIds);
    }
}
