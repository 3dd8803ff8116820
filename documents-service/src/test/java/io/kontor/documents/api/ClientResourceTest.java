package io.kontor.documents.api;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class ClientResourceTest {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aCreatedClientCanBeReadBackAndIsListed() {
        String partner = newPartner();
        Response created = as(TestTokens.partnerAdmin(partner))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "  Bakkerij De Vries BV ", "vatNumber", "nl 1234.5678.9B01",
                        "companyNumber", "12345678", "country", "NL", "externalReference", "CRM-0042",
                        "accountantIds", List.of("user-anna", "user-bert", "user-anna")))
                .post("/api/v1/clients");

        created.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith("/api/v1/clients/" + created.path("id")))
                .body("name", equalTo("Bakkerij De Vries BV"))
                .body("vatNumber", equalTo("NL123456789B01"))
                .body("companyNumber", equalTo("12345678"))
                .body("country", equalTo("NL"))
                .body("externalReference", equalTo("CRM-0042"))
                .body("accountantIds", equalTo(List.of("user-anna", "user-bert")))
                .body("archived", equalTo(false))
                .body("archivedAt", nullValue())
                .body("createdAt", notNullValue())
                .body("updatedAt", equalTo(created.path("createdAt")));

        as(TestTokens.tokenForUser(partner, "user-anna", "accountant")).get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("name", equalTo("Bakkerij De Vries BV"))
                .body("createdAt", equalTo(created.path("createdAt")));

        as(TestTokens.token(partner, "client-manager")).get("/api/v1/clients")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of((String) created.path("id"))))
                .body("nextCursor", nullValue());
    }

    @Test
    void anAccountantListsAndReadsOnlyTheClientsAssignedToThem() {
        String partner = newPartner();
        String admin = TestTokens.partnerAdmin(partner);
        String theirs = createClient(admin, "Assigned BV", "NL111111111B01");
        String others = as(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Someone Else's BV", "vatNumber", "NL222222222B01", "country", "NL",
                        "accountantIds", List.of("user-bert")))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String anna = DocumentApi.accountant(partner);

        as(anna).get("/api/v1/clients").then().statusCode(200).body("items.id", equalTo(List.of(theirs)));
        as(anna).get("/api/v1/clients/" + others).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", startsWith("Client " + others + " is not assigned to you"));
        as(anna).get("/api/v1/clients/" + others + "/documents").then().statusCode(403);
        // The firm's client-manager and partner-admin see both; a client-manager none of their documents.
        as(TestTokens.token(partner, "client-manager")).get("/api/v1/clients").then().statusCode(200)
                .body("items.id", containsInAnyOrder(theirs, others));
        as(TestTokens.token(partner, "client-manager")).get("/api/v1/clients/" + theirs + "/documents")
                .then().statusCode(403);
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String partner = newPartner();
        as(TestTokens.token(partner, "client-manager"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Solo SRL", "vatNumber", "IT12345678901", "country", "IT"))
                .post("/api/v1/clients")
                .then().statusCode(201)
                .body("companyNumber", nullValue())
                .body("externalReference", nullValue())
                .body("accountantIds", empty());
    }

    @Test
    void pagesVisitEveryClientExactlyOnceInNameOrder() {
        String partner = newPartner();
        String token = TestTokens.partnerAdmin(partner);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Mixed case and repeated names: order is case-insensitive and ties are broken by id.
            String name = (i % 3 == 0 ? "alpha " : i % 3 == 1 ? "Beta " : "GAMMA ") + (i % 5);
            names.add(name);
            createClient(token, name, "BE0" + (100000000 + i));
        }

        List<String> seen = new ArrayList<>();
        List<String> seenIds = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = as(token).queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/clients");
            page.then().statusCode(200);
            seen.addAll(page.path("items.name"));
            seenIds.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(5);
        assertThat(seenIds).hasSize(23).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void searchLooksAtNameVatNumberCompanyNumberAndReferenceAndPagesToo() {
        String partner = newPartner();
        String token = TestTokens.partnerAdmin(partner);
        String hotel = createClient(token, "Hotel Zonneschijn", "NL999999999B01");
        String dentist = createClient(token, "Tandarts Smit", "BE0999999901");
        createClient(token, "Garage Peeters", "BE0777777701");
        String byReference = as(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Bloemen Janssens", "vatNumber", "BE0888888801", "country", "BE",
                        "companyNumber", "0888.888.801", "externalReference", "ZON-77"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");

        as(token).queryParam("q", "zon").get("/api/v1/clients")
                .then().statusCode(200).body("items.id", containsInAnyOrder(hotel, byReference));
        as(token).queryParam("q", "be0999").get("/api/v1/clients")
                .then().statusCode(200).body("items.id", equalTo(List.of(dentist)));
        as(token).queryParam("q", "888.888").get("/api/v1/clients")
                .then().statusCode(200).body("items.id", equalTo(List.of(byReference)));
        // LIKE wildcards in the text are taken literally.
        as(token).queryParam("q", "%").get("/api/v1/clients")
                .then().statusCode(200).body("items", empty());

        Response first = as(token).queryParam("q", "zon").queryParam("limit", 1).get("/api/v1/clients");
        first.then().statusCode(200).body("items.id", equalTo(List.of(byReference)));
        as(token).queryParam("q", "zon").queryParam("limit", 1).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/v1/clients")
                .then().statusCode(200).body("items.id", equalTo(List.of(hotel))).body("nextCursor", nullValue());
    }

    @Test
    void aCreatedClientIsPublishedOnKafkaThroughTheOutbox() {
        String partner = newPartner();
        Response created = as(TestTokens.partnerAdmin(partner))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Kafka Bakery", "vatNumber", "DE123456789", "country", "DE",
                        "accountantIds", List.of("user-anna")))
                .post("/api/v1/clients");
        created.then().statusCode(201);
        String clientId = created.path("id");

        try (TopicReader reader = new TopicReader(Topics.CLIENTS)) {
            List<CloudEvent> events = reader.readForKey(clientId, 1, KAFKA_TIMEOUT);

            assertThat(events).hasSize(1);
            CloudEvent event = events.get(0);
            assertThat(event.type()).isEqualTo("kontor.client.created.v1");
            assertThat(event.source()).isEqualTo("/kontor/documents-service");
            assertThat(event.subject()).isEqualTo("clients/" + clientId);
            ClientCreated data = event.data(EventTypes.CLIENT_CREATED);
            assertThat(data.clientId()).isEqualTo(UUID.fromString(clientId));
            assertThat(data.partnerId()).isEqualTo(partner);
            assertThat(data.name()).isEqualTo("Kafka Bakery");
            assertThat(data.vatNumber()).isEqualTo("DE123456789");
            assertThat(data.country()).isEqualTo("DE");
            assertThat(data.companyNumber()).isNull();
            assertThat(data.accountantIds()).containsExactly("user-anna");
            assertThat(data.createdAt()).isEqualTo(Instant.parse(created.path("createdAt")));
        }
    }

    @Test
    void updateAndArchiveArePublishedInOrderAndANoOpUpdatePublishesNothing() {
        String partner = newPartner();
        String token = TestTokens.token(partner, "client-manager");
        String clientId = createClient(token, "Old Name NV", "BE0123456749");
        Map<String, Object> renamed = Map.of("name", "New Name NV", "vatNumber", "BE0123456749", "country", "BE",
                "accountantIds", List.of("user-carla"));

        as(token).contentType(ContentType.JSON).body(renamed).put("/api/v1/clients/" + clientId)
                .then().statusCode(200)
                .body("name", equalTo("New Name NV"))
                .body("accountantIds", equalTo(List.of("user-carla")))
                .body("updatedAt", not(equalTo(null)));
        // The same details again: nothing changes, nothing is announced.
        as(token).contentType(ContentType.JSON).body(renamed).put("/api/v1/clients/" + clientId)
                .then().statusCode(200);
        Response archived = as(token).post("/api/v1/clients/" + clientId + "/archive");
        archived.then().statusCode(200).body("archived", equalTo(true)).body("archivedAt", notNullValue());
        // Archiving again is harmless and announces nothing either.
        as(token).post("/api/v1/clients/" + clientId + "/archive")
                .then().statusCode(200).body("archivedAt", equalTo(archived.path("archivedAt")));

        try (TopicReader reader = new TopicReader(Topics.CLIENTS)) {
            List<CloudEvent> events = reader.readForKey(clientId, 3, KAFKA_TIMEOUT);

            assertThat(events).extracting(CloudEvent::type).containsExactly(
                    "kontor.client.created.v1", "kontor.client.updated.v1", "kontor.client.archived.v1");
            assertThat(events.get(1).data(EventTypes.CLIENT_UPDATED).name()).isEqualTo("New Name NV");
            assertThat(events.get(1).data(EventTypes.CLIENT_UPDATED).accountantIds()).containsExactly("user-carla");
            assertThat(events.get(2).data(EventTypes.CLIENT_ARCHIVED).archivedAt())
                    .isEqualTo(Instant.parse(archived.path("archivedAt")));
        }
    }

    @Test
    void archivedClientsLeaveTheDirectoryAndCannotBeChanged() {
        String partner = newPartner();
        String token = TestTokens.partnerAdmin(partner);
        String active = createClient(token, "Active BV", "NL111111111B01");
        String gone = createClient(token, "Gone BV", "NL222222222B01");
        as(token).post("/api/v1/clients/" + gone + "/archive").then().statusCode(200);

        as(token).get("/api/v1/clients").then().statusCode(200).body("items.id", equalTo(List.of(active)));
        as(token).queryParam("archived", true).get("/api/v1/clients")
                .then().statusCode(200).body("items.id", equalTo(List.of(gone)));
        as(token).get("/api/v1/clients/" + gone).then().statusCode(200).body("archived", equalTo(true));

        as(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Back Again BV", "vatNumber", "NL222222222B01", "country", "NL"))
                .put("/api/v1/clients/" + gone)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/client-archived"))
                .body("status", equalTo(409));
    }

    @Test
    void concurrentEditsCannotUndoAnArchive() throws Exception {
        String partner = newPartner();
        String token = TestTokens.partnerAdmin(partner);
        String clientId = createClient(token, "Racing BV", "NL555555555B01");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String name = "Racing BV " + i;
                requests.add(() -> as(token).contentType(ContentType.JSON)
                        .body(Map.of("name", name, "vatNumber", "NL555555555B01", "country", "NL"))
                        .put("/api/v1/clients/" + clientId).statusCode());
            }
            requests.add(2, () -> as(token).post("/api/v1/clients/" + clientId + "/archive").statusCode());
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(requests)) {
                codes.add(status.get());
            }

            assertThat(codes).containsOnly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        as(token).get("/api/v1/clients/" + clientId).then().statusCode(200).body("archived", equalTo(true));
    }

    @Test
    void anotherPartnersClientDoesNotExistForTheCaller() {
        String owner = newPartner();
        String clientId = createClient(TestTokens.partnerAdmin(owner), "Private BV", "NL333333333B01");
        String intruder = TestTokens.partnerAdmin(newPartner());

        as(intruder).get("/api/v1/clients/" + clientId).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/client-not-found"))
                .body("detail", not(org.hamcrest.Matchers.containsString(owner)));
        as(intruder).contentType(ContentType.JSON)
                .body(Map.of("name", "Hijacked", "vatNumber", "NL333333333B01", "country", "NL"))
                .put("/api/v1/clients/" + clientId).then().statusCode(404);
        as(intruder).post("/api/v1/clients/" + clientId + "/archive").then().statusCode(404);
        as(intruder).get("/api/v1/clients").then().statusCode(200).body("items", empty());
        as(intruder).queryParam("q", "Private").get("/api/v1/clients").then().statusCode(200).body("items", empty());

        as(TestTokens.partnerAdmin(owner)).get("/api/v1/clients/" + clientId)
                .then().statusCode(200).body("archived", equalTo(false)).body("name", equalTo("Private BV"));
    }

    @Test
    void anUnknownClientIsA404Problem() {
        as(TestTokens.partnerAdmin(newPartner())).get("/api/v1/clients/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Client not found"))
                .body("detail", startsWith("There is no client "));
        as(TestTokens.partnerAdmin(newPartner())).get("/api/v1/clients/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void accountantsReadButDoNotWrite() {
        String partner = newPartner();
        String clientId = createClient(TestTokens.partnerAdmin(partner), "Read Only BV", "NL444444444B01");
        String accountant = DocumentApi.accountant(partner);

        as(accountant).get("/api/v1/clients/" + clientId).then().statusCode(200);
        as(accountant).contentType(ContentType.JSON)
                .body(Map.of("name", "Nope", "vatNumber", "NL444444444B01", "country", "NL"))
                .post("/api/v1/clients")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("detail", notNullValue());
        as(accountant).contentType(ContentType.JSON)
                .body(Map.of("name", "Nope", "vatNumber", "NL444444444B01", "country", "NL"))
                .put("/api/v1/clients/" + clientId).then().statusCode(403);
        as(accountant).post("/api/v1/clients/" + clientId + "/archive").then().statusCode(403);
        // A token without any Kontor role reads nothing either.
        as(TestTokens.token(partner)).get("/api/v1/clients").then().statusCode(403);

        as(accountant).get("/api/v1/clients/" + clientId).then().statusCode(200).body("archived", equalTo(false));
    }

    @Test
    void invalidFieldsAreListedByName() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", " ");
        body.put("vatNumber", "123");
        body.put("country", "be");
        body.put("companyNumber", "x".repeat(51));
        body.put("accountantIds", List.of("user-anna"));

        Response response = as(TestTokens.partnerAdmin(newPartner())).contentType(ContentType.JSON).body(body)
                .post("/api/v1/clients");

        response.then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("errors.field", containsInAnyOrder("companyNumber", "country", "name", "vatNumber"))
                .body("errors.message", hasItem(startsWith("must be an ISO 3166-1 alpha-2")));
    }

    @Test
    void missingRequiredFieldsAndUnknownCountriesAreRefused() {
        String token = TestTokens.partnerAdmin(newPartner());
        as(token).contentType(ContentType.JSON).body(Map.of("country", "XX"))
                .post("/api/v1/clients")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("country", "name", "vatNumber"));
        as(token).contentType(ContentType.JSON).body(Map.of("name", "N".repeat(201), "vatNumber", "BE0123456749",
                        "country", "BE"))
                .post("/api/v1/clients")
                .then().statusCode(422).body("errors.field", equalTo(List.of("name")));
        as(token).contentType(ContentType.JSON).body(Map.of("name", "Ok", "vatNumber", "BE0123456749",
                        "country", "BE", "accountantIds", List.of("user-anna", " ")))
                .post("/api/v1/clients")
                .then().statusCode(422).body("errors.field", equalTo(List.of("accountantIds[1]")));
        as(token).contentType(ContentType.JSON).post("/api/v1/clients")
                .then().statusCode(422).body("errors.field", equalTo(List.of("body")));
    }

    @Test
    void malformedJsonIsA400Problem() {
        as(TestTokens.partnerAdmin(newPartner())).contentType(ContentType.JSON).body("{\"name\": \"Broken\",")
                .post("/api/v1/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void aForgedCursorIsA400ProblemAndAnOutOfRangeLimitA422() {
        String token = TestTokens.partnerAdmin(newPartner());
        as(token).queryParam("cursor", "not-a-cursor").get("/api/v1/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-cursor"));
        as(token).queryParam("cursor", java.util.Base64.getUrlEncoder().encodeToString("c1:nope:x".getBytes()))
                .get("/api/v1/clients")
                .then().statusCode(400).body("type", endsWith("/invalid-cursor"));
        as(token).queryParam("limit", 0).get("/api/v1/clients")
                .then().statusCode(422).body("errors.field", equalTo(List.of("limit")));
        as(token).queryParam("limit", 201).get("/api/v1/clients")
                .then().statusCode(422).body("errors.field", equalTo(List.of("limit")));
        as(token).queryParam("limit", "ten").queryParam("archived", "maybe").get("/api/v1/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-parameters"))
                .body("errors.field", containsInAnyOrder("archived", "limit"));
    }
}
