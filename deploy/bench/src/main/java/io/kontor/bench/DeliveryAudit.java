package io.kontor.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The drills' verdict, over every (document, integration) pair of the fleet: which pairs Kontor owes the receiver
 * (the document was stored while the integration was active: DESIGN.md §5), and what the receiver got. Passes when
 * every owed pair arrived at least once, no document from before an integration's first activation arrived, and
 * every copy of a pair carried the same {@code webhook-id} (so a receiver deduplicating on it keeps one).
 */
final class DeliveryAudit {

    /** An integration's activation period; {@code until} is null while it is open. */
    record Period(Instant from, Instant until) {

        boolean covers(Instant instant) {
            return !instant.isBefore(from) && (until == null || instant.isBefore(until));
        }
    }

    /** An integration as integrations-service reports it after the drill, and the sink path its settings name. */
    record AuditedIntegration(String hook, List<Period> periods) {

        boolean activeAt(Instant instant) {
            return periods.stream().anyMatch(period -> period.covers(instant));
        }

        boolean activatedAfter(Instant instant) {
            return periods.stream().allMatch(period -> period.from().isAfter(instant));
        }
    }

    /** A client's documents as documents-service lists them (id to createdAt), and its integrations. */
    record AuditedClient(Map<String, Instant> documents, List<AuditedIntegration> integrations) {
    }

    record Verdict(int documents, int owedPairs, int deliveredPairs, int missingPairs, int preActivationDeliveries,
                   int deliveriesOutsidePeriods, long duplicates, int pairsWithSeveralWebhookIds,
                   int receptionsOfUnknownPairs, Optional<Instant> lastArrival) {

        boolean passed() {
            return missingPairs == 0 && preActivationDeliveries == 0 && pairsWithSeveralWebhookIds == 0
                    && receptionsOfUnknownPairs == 0;
        }
    }

    private record Pair(String documentId, String hook) {
    }

    private DeliveryAudit() {
    }

    static Verdict of(List<AuditedClient> clients, List<WebhookSink.Reception> receptions) {
        Map<Pair, Integer> accepted = new HashMap<>();
        Map<Pair, Set<String>> webhookIds = new HashMap<>();
        Instant lastArrival = null;
        for (WebhookSink.Reception reception : receptions) {
            Pair pair = new Pair(reception.documentId(), reception.hook());
            webhookIds.computeIfAbsent(pair, key -> new HashSet<>()).add(reception.webhookId());
            if (reception.accepted()) {
                accepted.merge(pair, 1, Integer::sum);
                lastArrival = lastArrival == null || reception.receivedAt().isAfter(lastArrival)
                        ? reception.receivedAt() : lastArrival;
            }
        }
        int documents = 0;
        int owed = 0;
        int delivered = 0;
        int preActivation = 0;
        int outsidePeriods = 0;
        Set<Pair> known = new HashSet<>();
        for (AuditedClient client : clients) {
            documents += client.documents().size();
            for (Map.Entry<String, Instant> document : client.documents().entrySet()) {
                for (AuditedIntegration integration : client.integrations()) {
                    Pair pair = new Pair(document.getKey(), integration.hook());
                    known.add(pair);
                    boolean arrived = accepted.containsKey(pair);
                    if (integration.activeAt(document.getValue())) {
                        owed++;
                        delivered += arrived ? 1 : 0;
                    } else if (arrived && integration.activatedAfter(document.getValue())) {
                        preActivation++;
                    } else if (arrived) {
                        outsidePeriods++;
                    }
                }
            }
        }
        long duplicates = accepted.values().stream().mapToLong(count -> count - 1L).sum();
        int severalIds = (int) webhookIds.values().stream().filter(ids -> ids.size() > 1).count();
        int unknown = (int) webhookIds.keySet().stream().filter(pair -> !known.contains(pair)).count();
        return new Verdict(documents, owed, delivered, owed - delivered, preActivation, outsidePeriods, duplicates,
                severalIds, unknown, Optional.ofNullable(lastArrival));
    }
}
