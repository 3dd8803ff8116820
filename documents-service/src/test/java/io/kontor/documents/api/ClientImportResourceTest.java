package io.kontor.documents.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class ClientImportResourceTest {

    private static final Logger LOG = Logger.getLogger(ClientImportResourceTest.class);
    private static final String IMPORT = "/api/v1/clients/import";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);
    private static final String HEADER = "name;vatNumber;companyNumber;country;externalReference;accountantIds\r\n";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLargeFileImportsEveryClientInOneRequestAndPublishesOneCreatedEventEach() {
        String partner = newPartner();
        String token = TestTokens.partnerAdmin(partner);
        int count = 5_000;
        StringBuilder file = new StringBuilder("\uFEFF" + HEADER);
        for (int i = 0; i < count; i++) {
            // Quoted names with the delimiter inside, as Excel writes them.
            file.append(String.format("\"Client %05d; Bakkerij\";NL%09dB01;%08d;NL;CRM-%d;user-anna|user-%d\r\n",
                    i, i, i, i, i % 7));
        }

        long started = System.nanoTime();
        Response response = importCsv(token, file.toString(), false);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        LOG.infof("Import of %d CSV rows answered in %d ms", count, millis);

        response.then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("dryRun", equalTo(false))
                .body("imported", equalTo(count))
                .body("valid", equalTo(count))
                .body("clients[0].row", equalTo(2))
                .body("clients[0].name", equalTo("Client 00000; Bakkerij"))
                .body("clients[4999].row", equalTo(5001));
        List<String> ids = response.path("clients.id");
        assertThat(ids).hasSize(count).doesNotHaveDuplicates().doesNotContainNull();

        List<String> listed = listAll(token);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
        as(token).get("/api/v1/clients/" + ids.get(42)).then().statusCode(200)
                .body("name", equalTo("Client 00042; Bakkerij"))
                .body("vatNumber", equalTo("NL000000042B01"))
                .body("companyNumber", equalTo("00000042"))
                .body("externalReference", equalTo("CRM-42"))
                .body("accountantIds", equalTo(List.of("user-anna", "user-0")));

        Set<String> expected = new HashSet<>(ids);
        try (TopicReader reader = new TopicReader(Topics.CLIENTS)) {
            List<CloudEvent> events = reader.readUntil(seen -> seen.stream().filter(e -> expected.contains(e.key()))
                    .count() >= count, KAFKA_TIMEOUT).stream().filter(e -> expected.contains(e.key())).toList();

            assertThat(events).hasSize(count);
            assertThat(events).extracting(CloudEvent::type).containsOnly("kontor.client.created.v1");
            assertThat(events).extracting(CloudEvent::key).doesNotHaveDuplicates();
            ClientCreated data = events.stream().filter(e -> e.key().equals(ids.get(42))).findFirst().orElseThrow()
                    .data(EventTypes.CLIENT_CREATED);
            assertThat(data.partnerId()).isEqualTo(partner);
            assertThat(data.name()).isEqualTo("Client 00042; Bakkerij");
            assertThat(data.vatNumber()).isEqualTo("NL000000042B01");
        }
    }

    @Test
    void oneBadRowAmongManyImportsNothingAndTheProblemListsExactlyTheBadRows() throws SQLException {
        String partner = newPartner();
        String token = TestTokens.token(partner, "client-manager");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            lines.add(String.format("Client %d;BE0%09d;;BE;;", i, 100_000_000 + i));
        }
        lines.set(1, "Lower Case Country;BE0999999991;;be;;");              // row 3
        lines.set(499, " ;BE0999999992;;BE;;user-anna||user-bert");        // row 501
        lines.set(998, "Bad Vat BV;123;;BE;" + "R".repeat(201) + ";");      // row 1000

        Response response = importCsv(token, HEADER + String.join("\n", lines) + "\n", false);

        response.then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("status", equalTo(422))
                .body("detail", allOf(containsString("3 of the 1,000 rows are invalid"),
                        containsString("nothing was imported")))
                .body("rows.row", equalTo(List.of(3, 501, 1000)))
                .body("rows[0].errors.field", equalTo(List.of("country")))
                .body("rows[0].errors[0].message", containsString("ISO 3166-1 alpha-2"))
                .body("rows[1].errors.field", equalTo(List.of("accountantIds[1]", "name")))
                .body("rows[2].errors.field", equalTo(List.of("externalReference", "vatNumber")));

        as(token).get("/api/v1/clients").then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(outboxEventsOf(partner)).isZero();
    }

    @Test
    void aVatNumberTwiceInTheFileIsAnErrorOfTheLaterRowNamingTheFirst() {
        String token = TestTokens.partnerAdmin(newPartner());

        importCsv(token, HEADER
                + "First BV;NL123456789B01;;NL;;\n"
                + "Other BV;NL987654321B01;;NL;;\n"
                + "Second BV;nl 1234.5678.9b01;;NL;;\n", false)
                .then().statusCode(422)
                .body("rows.row", equalTo(List.of(4)))
                .body("rows[0].errors.field", equalTo(List.of("vatNumber")))
                .body("rows[0].errors[0].message", equalTo("VAT number NL123456789B01 is already on row 2 of this file"));
        as(token).get("/api/v1/clients").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aVatNumberOfAnActiveClientIsRefusedNamingThatClientButOneOfAnArchivedClientIsNot() {
        String token = TestTokens.partnerAdmin(newPartner());
        String active = createClient(token, "Existing BV", "NL111111111B01");
        String archived = createClient(token, "Former BV", "NL222222222B01");
        as(token).post("/api/v1/clients/" + archived + "/archive").then().statusCode(200);
        // The same VAT number at another firm is no concern of this one.
        createClient(TestTokens.partnerAdmin(newPartner()), "Elsewhere BV", "NL333333333B01");

        importCsv(token, HEADER
                + "Existing Again BV;NL 1111.1111.1B01;;NL;;\n"
                + "Former Again BV;NL222222222B01;;NL;;\n"
                + "Elsewhere BV;NL333333333B01;;NL;;\n", false)
                .then().statusCode(422)
                .body("rows.row", equalTo(List.of(2)))
                .body("rows[0].errors[0].field", equalTo("vatNumber"))
                .body("rows[0].errors[0].message", equalTo("VAT number NL111111111B01 already belongs to client "
                        + active + " in your directory"));

        importCsv(token, HEADER + "Former Again BV;NL222222222B01;;NL;;\nElsewhere BV;NL333333333B01;;NL;;\n", false)
                .then().statusCode(201).body("imported", equalTo(2));
    }

    @Test
    void importingTheSameFileAgainDoesNotDoubleTheDirectory() {
        String token = TestTokens.partnerAdmin(newPartner());
        String file = HEADER + "A BV;BE0100000001;;BE;;\nB BV;BE0100000002;;BE;;\nC BV;BE0100000003;;BE;;\n";
        importCsv(token, file, false).then().statusCode(201).body("imported", equalTo(3));

        importCsv(token, file, false).then().statusCode(422)
                .body("rows.row", equalTo(List.of(2, 3, 4)))
                .body("rows.errors.field.flatten()", everyItem(equalTo("vatNumber")));

        assertThat(listAll(token)).hasSize(3);
    }

    @Test
    void twoImportsOfTheSameFileAtOnceCreateItsClientsOnce() throws Exception {
        String token = TestTokens.partnerAdmin(newPartner());
        StringBuilder file = new StringBuilder(HEADER);
        IntStream.range(0, 200).forEach(i -> file.append("Race ").append(i).append(";BE0")
                .append(200_000_000 + i).append(";;BE;;\n"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> twice = List.of(() -> importCsv(token, file.toString(), false).statusCode(),
                    () -> importCsv(token, file.toString(), false).statusCode());
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(twice)) {
                codes.add(status.get());
            }

            assertThat(codes).containsExactlyInAnyOrder(201, 422);
        } finally {
            pool.shutdownNow();
        }
        assertThat(listAll(token)).hasSize(200);
    }

    @Test
    void aDryRunChecksEveryRowAndWritesNothing() throws SQLException {
        String partner = newPartner();
        String token = TestTokens.partnerAdmin(partner);
        String file = HEADER + "A BV;BE0100000001;;BE;;\n\"B; BV\";BE0100000002;;BE;;\n";

        importCsv(token, file, true).then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("imported", equalTo(0))
                .body("valid", equalTo(2))
                .body("clients.row", equalTo(List.of(2, 3)))
                .body("clients.name", equalTo(List.of("A BV", "B; BV")))
                .body("clients", everyItem(not(hasKey("id"))));
        importCsv(token, file + "C BV;123;;BE;;\n", true).then().statusCode(422)
                .body("rows.row", equalTo(List.of(4)))
                .body("rows[0].errors.field", equalTo(List.of("vatNumber")));

        as(token).get("/api/v1/clients").then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(outboxEventsOf(partner)).isZero();
        // Nothing was written, so the real import of the same file goes through.
        importCsv(token, file, false).then().statusCode(201).body("imported", equalTo(2));
    }

    @Test
    void accountantsMayNotImport() {
        String partner = newPartner();
        importCsv(TestTokens.token(partner, "accountant"), HEADER + "A BV;BE0100000001;;BE;;\n", false)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        as(TestTokens.token(partner, "accountant")).get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aBodyThatIsNotCsvIsA400NamingTheLine() {
        String token = TestTokens.partnerAdmin(newPartner());
        importCsv(token, HEADER + "A BV;BE0100000001;;BE;;\n\"B BV;BE0100000002;;BE;;\nC BV;BE0100000003;;BE;;\n",
                false)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-csv"))
                .body("detail", containsString("line 3"))
                .body(not(containsString("Exception")));
        as(token).get("/api/v1/clients").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aHeaderWithUnknownOrMissingColumnsOrAFileWithoutRowsIsA422() {
        String token = TestTokens.partnerAdmin(newPartner());
        importCsv(token, "name,VAT number,land\nA BV,BE0100000001,BE\n", false)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-csv-header"))
                .body("errors.field", equalTo(List.of("VAT number", "land", "vatNumber", "country")))
                .body("detail", allOf(containsString("VAT number is not a known column"),
                        containsString("country is a required column and is missing")));
        importCsv(token, HEADER, false).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/no-rows"));
        importCsv(token, "", false).then().statusCode(422).body("type", endsWith("/no-rows"));
    }

    @Test
    void moreRowsThanOneImportTakesIsA413() {
        StringBuilder file = new StringBuilder(HEADER);
        IntStream.range(0, 10_001).forEach(i -> file.append("C;BE0").append(100_000_000 + i).append(";;BE;;\n"));

        importCsv(TestTokens.partnerAdmin(newPartner()), file.toString(), false)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/too-many-rows"))
                .body("detail", containsString("10,000"));
    }

    @Test
    void applicationCsvAndADeclaredCharsetAreUnderstoodOtherMediaTypesAreNot() {
        String token = TestTokens.partnerAdmin(newPartner());
        byte[] windows1252 = "name,vatNumber,country\nBäckerei Müller GmbH,DE123456789,DE\n"
                .getBytes(Charset.forName("windows-1252"));

        as(token).contentType("application/csv; charset=windows-1252").body(windows1252).post(IMPORT)
                .then().statusCode(201).body("clients[0].name", equalTo("Bäckerei Müller GmbH"));
        // The same bytes without a charset are read as UTF-8, and refused rather than garbled.
        rawCsv(token).body(windows1252).post(IMPORT)
                .then().statusCode(400).body("type", endsWith("/malformed-csv")).body("detail", containsString("Line 2"));
        as(token).contentType("text/plain").body("name,vatNumber,country\n").post(IMPORT)
                .then().statusCode(415).contentType("application/problem+json");
        as(token).contentType("text/csv; charset=no-such-charset").body("name,vatNumber,country\n".getBytes())
                .post(IMPORT)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheImportItsFormatAndItsProblems() {
        String operation = "paths.'/api/v1/clients/import'.post.";
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(operation + "summary", notNullValue())
                .body(operation + "security", notNullValue())
                .body(operation + "parameters.name", equalTo(List.of("dryRun")))
                .body(operation + "requestBody.content.keySet()", containsInAnyOrder("text/csv", "application/csv"))
                .body(operation + "responses.keySet()",
                        hasItems("200", "201", "400", "401", "403", "413", "415", "422"))
                .body(operation + "responses.'422'.content.'application/problem+json'.schema.$ref",
                        endsWith("/ClientImportProblem"))
                .body("components.schemas.ClientImportProblem.properties.rows", notNullValue());
    }

    /** Sends the file as UTF-8 bytes with a bare {@code text/csv}, the way browsers upload an Excel export. */
    private static Response importCsv(String token, String csv, boolean dryRun) {
        RequestSpecification request = rawCsv(token).body(csv.getBytes(StandardCharsets.UTF_8));
        if (dryRun) {
            request.queryParam("dryRun", true);
        }
        return request.post(IMPORT);
    }

    private static RequestSpecification rawCsv(String token) {
        return as(token)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv");
    }

    private static List<String> listAll(String token) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(token).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/clients");
            page.then().statusCode(200);
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /** Events of the partner written to the outbox: what would reach Kafka, without waiting for what cannot come. */
    private long outboxEventsOf(String partner) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from outbox_event where payload::jsonb ->> 'partnerId' = ?")) {
            query.setString(1, partner);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
