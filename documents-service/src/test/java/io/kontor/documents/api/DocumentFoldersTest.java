package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.uniqueBytes;
import static io.kontor.documents.api.DocumentApi.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 documents of one client, paged with small pages under every filter and sort the folder view supports:
 * every matching document exactly once, in order, and per-folder counts that agree with the filter.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DocumentFoldersTest {

    private static final int DOCUMENTS = 1_000;
    private static final String[] TYPES =
            {"PURCHASE_INVOICE", "SALES_INVOICE", "PURCHASE_RECEIPT", "MOVEMENT_REPORT", "OTHER"};
    private static final String[] COUNTERPARTIES =
            {"Molen Meel NV", "Brouwerij Het Anker", "Bakkerij De Vries BV", "Müller GmbH", "Café Zuid"};
    private static final LocalDate MISSING_DATE = LocalDate.MIN;
    private static final BigDecimal MISSING_AMOUNT = new BigDecimal("-1E20");

    private record Stored(String id, String type, Instant createdAt, LocalDate issueDate, String counterparty,
                          String counterpartyVat, BigDecimal grossAmount, String number) {

        LocalDate issueDateOrMin() {
            return issueDate == null ? MISSING_DATE : issueDate;
        }

        BigDecimal grossOrMin() {
            return grossAmount == null ? MISSING_AMOUNT : grossAmount;
        }
    }

    private static String partner;
    private static String clientId;
    private static List<Stored> stored;

    @Test
    void everySortPagesThroughAllDocumentsExactlyOnceInOrder() {
        Fixture fixture = fixture();
        for (String sort : List.of("-createdAt", "createdAt", "-issueDate", "issueDate", "-grossAmount",
                "grossAmount")) {
            assertPaging(fixture, Map.of("sort", sort), document -> true, 7);
        }
    }

    @Test
    void everyFilterAndCombinationPagesThroughExactlyItsMatches() {
        Fixture fixture = fixture();
        Stored from = fixture.byCreation().get(200);
        Stored to = fixture.byCreation().get(700);

        assertPaging(fixture, Map.of("type", "SALES_INVOICE"), d -> true, 9);
        assertPaging(fixture, Map.of("issuedFrom", "2026-02-01", "issuedTo", "2026-02-28", "sort", "issueDate"),
                d -> d.issueDate() != null && !d.issueDate().isBefore(LocalDate.parse("2026-02-01"))
                        && !d.issueDate().isAfter(LocalDate.parse("2026-02-28")), 8);
        assertPaging(fixture, Map.of("issuedFrom", "2026-02-01", "issuedTo", "2026-02-28"),
                d -> d.issueDate() != null && !d.issueDate().isBefore(LocalDate.parse("2026-02-01"))
                        && !d.issueDate().isAfter(LocalDate.parse("2026-02-28")), 8);
        assertPaging(fixture, Map.of("issuedTo", "2026-01-20", "sort", "createdAt"),
                d -> d.issueDate() != null && !d.issueDate().isAfter(LocalDate.parse("2026-01-20")), 12);
        assertPaging(fixture, Map.of("createdFrom", from.createdAt().toString(),
                        "createdTo", to.createdAt().toString(), "sort", "createdAt"),
                d -> !d.createdAt().isBefore(from.createdAt()) && d.createdAt().isBefore(to.createdAt()), 11);
        assertPaging(fixture, Map.of("counterparty", "MEEL"), d -> contains(d.counterparty(), "meel")
                || contains(d.counterpartyVat(), "meel"), 6);
        assertPaging(fixture, Map.of("counterparty", "be0123"), d -> contains(d.counterparty(), "be0123")
                || contains(d.counterpartyVat(), "be0123"), 10);
        assertPaging(fixture, Map.of("amountFrom", "100", "amountTo", "500.5", "sort", "-grossAmount"),
                d -> d.grossAmount() != null && d.grossAmount().compareTo(new BigDecimal("100")) >= 0
                        && d.grossAmount().compareTo(new BigDecimal("500.5")) <= 0, 13);
        assertPaging(fixture, Map.of("q", "inv-12"), d -> d.number().toLowerCase(Locale.ROOT).contains("inv-12"), 3);
        assertPaging(fixture, Map.of("q", "zuid", "sort", "issueDate"), d -> contains(d.counterparty(), "zuid"), 17);
        assertPaging(fixture, Map.of("type", "PURCHASE_INVOICE", "counterparty", "anker", "amountFrom", "250",
                        "issuedFrom", "2026-01-15", "sort", "grossAmount"),
                d -> contains(d.counterparty(), "anker")
                        && d.grossAmount() != null && d.grossAmount().compareTo(new BigDecimal("250")) >= 0
                        && d.issueDate() != null && !d.issueDate().isBefore(LocalDate.parse("2026-01-15")), 4);
        assertPaging(fixture, Map.of("type", "OTHER", "q", "no such text"), d -> false, 5);
    }

    /**
     * Pages through the list with {@code parameters} and checks: every document the filter matches appears
     * exactly once, none other does, the sort values never go backwards, and the counts are those of the filter
     * without its type.
     *
     * @param acrossFolders the filter's conditions except {@code type}, which is applied from the parameters
     */
    private static void assertPaging(Fixture fixture, Map<String, String> parameters,
                                     Predicate<Stored> acrossFolders, int pageSize) {
        String sort = parameters.getOrDefault("sort", "-createdAt");
        String type = parameters.get("type");
        Predicate<Stored> matches = acrossFolders.and(d -> type == null || d.type().equals(type));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        Map<String, Integer> counts = null;
        do {
            RequestSpecification request = as(accountant(fixture.partner())).queryParam("limit", pageSize);
            parameters.forEach(request::queryParam);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(documentsOf(fixture.clientId()));
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            assertThat(ids.size()).as("page size for %s", parameters).isLessThanOrEqualTo(pageSize);
            seen.addAll(ids);
            counts = page.path("counts");
            cursor = page.path("nextCursor");
        } while (cursor != null);

        List<Stored> expected = fixture.documents().stream().filter(matches).toList();
        assertThat(new HashSet<>(seen)).as("no document twice for %s", parameters).hasSize(seen.size());
        assertThat(seen).as("exactly the matches of %s", parameters)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Stored::id).toList());
        assertSorted(fixture, seen, sort, parameters);

        Map<String, Integer> expectedCounts = new HashMap<>();
        for (String folder : TYPES) {
            expectedCounts.put(folder, (int) fixture.documents().stream()
                    .filter(acrossFolders).filter(d -> d.type().equals(folder)).count());
        }
        assertThat(counts).as("counts for %s", parameters).isEqualTo(expectedCounts);
    }

    private static void assertSorted(Fixture fixture, List<String> ids, String sort, Map<String, String> parameters) {
        Map<String, Stored> byId = fixture.documents().stream()
                .collect(Collectors.toMap(Stored::id, Function.identity()));
        boolean descending = sort.startsWith("-");
        Comparator<Stored> order = switch (sort.replace("-", "")) {
            case "createdAt" -> Comparator.comparing(Stored::createdAt);
            case "issueDate" -> Comparator.comparing(Stored::issueDateOrMin);
            case "grossAmount" -> Comparator.comparing(Stored::grossOrMin);
            default -> throw new IllegalArgumentException(sort);
        };
        Comparator<Stored> expectedOrder = descending ? order.reversed() : order;
        for (int i = 1; i < ids.size(); i++) {
            Stored previous = byId.get(ids.get(i - 1));
            Stored current = byId.get(ids.get(i));
            assertThat(expectedOrder.compare(previous, current))
                    .as("%s before %s sorted by %s with %s", previous, current, sort, parameters)
                    .isLessThanOrEqualTo(0);
        }
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part);
    }

    private record Fixture(String partner, String clientId, List<Stored> documents) {

        List<Stored> byCreation() {
            return documents.stream().sorted(Comparator.comparing(Stored::createdAt)).toList();
        }
    }

    /** Uploads the 1,000 documents once for the whole class (4 in parallel, as a busy office would). */
    private static synchronized Fixture fixture() {
        if (stored == null) {
            partner = newPartner();
            clientId = createClient(partner);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Stored>> uploads = new ArrayList<>();
                for (int i = 0; i < DOCUMENTS; i++) {
                    int n = i;
                    uploads.add(pool.submit(() -> uploadNumber(n)));
                }
                List<Stored> all = new ArrayList<>();
                for (Future<Stored> upload : uploads) {
                    all.add(upload.get());
                }
                stored = List.copyOf(all);
            } catch (Exception e) {
                throw new IllegalStateException("could not upload the 1,000 documents", e);
            } finally {
                pool.shutdownNow();
            }
        }
        return new Fixture(partner, clientId, stored);
    }

    private static Stored uploadNumber(int n) {
        String type = TYPES[n % TYPES.length];
        LocalDate issueDate = n % 10 == 0 ? null : LocalDate.parse("2026-01-01").plusDays(n % 97);
        String counterparty = n % 13 == 0 ? null : COUNTERPARTIES[n % COUNTERPARTIES.length];
        String vat = n % 3 == 0 ? "BE0123" + String.format("%06d", n) : null;
        BigDecimal gross = n % 11 == 0 ? null : new BigDecimal((n * 37) % 1000 + ".50");
        String number = "INV-" + n;
        Map<String, String> metadata = new HashMap<>();
        metadata.put("documentNumber", number);
        if (issueDate != null) {
            metadata.put("issueDate", issueDate.toString());
        }
        if (counterparty != null) {
            metadata.put("counterpartyName", counterparty);
        }
        if (vat != null) {
            metadata.put("counterpartyVat", vat);
        }
        if (gross != null) {
            metadata.put("grossAmount", gross.toPlainString());
        }
        Response created = upload(accountant(partner), clientId, type, "doc-" + n + ".txt",
                uniqueBytes("document " + n), metadata);
        created.then().statusCode(201);
        return new Stored(created.path("id"), type, Instant.parse(created.path("createdAt")), issueDate,
                counterparty, vat, gross, number);
    }
}
