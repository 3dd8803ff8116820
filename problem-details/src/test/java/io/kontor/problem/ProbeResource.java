package io.kontor.problem;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Endpoints that fail in every way a real service can, so the shared mappers are tested once, here. */
@Path("/probe")
public class ProbeResource {

    public record Address(@NotBlank String city) {
    }

    public record Order(@NotBlank String name, @Pattern(regexp = "[A-Z]{2}") String country, LocalDate due,
                        @Valid Address address, List<@NotBlank String> tags) {
    }

    static class OrderNotFound extends NotFound {
        OrderNotFound(String id) {
            super("order-not-found", "Order not found", "No order " + id + " exists for your firm.");
        }
    }

    static class LedgerUnavailable extends ServiceUnavailable {
        LedgerUnavailable() {
            super("ledger-unavailable", "Ledger unavailable", "The ledger did not answer; try again shortly.",
                    Duration.ofMillis(2500));
        }
    }

    static class QuotaUsedUp extends TooManyRequests {
        QuotaUsedUp() {
            super("quota-used-up", "Quota used up", "Your firm sent too many orders; wait a moment.",
                    Duration.ofMillis(200));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Order create(@Valid Order order) {
        return order;
    }

    @GET
    @Path("/orders/{id}")
    public Order get(@PathParam("id") String id) {
        throw new OrderNotFound(id);
    }

    @GET
    @Path("/ledger")
    public String ledger() {
        throw new LedgerUnavailable();
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public String upload(@RestForm("file") FileUpload file) {
        return file == null ? "none" : file.fileName();
    }

    @GET
    @Path("/quota")
    public String quota() {
        throw new QuotaUsedUp();
    }

    @GET
    @Path("/page")
    public String page(@QueryParam("limit") @Max(100) Integer limit) {
        return "ok";
    }

    @GET
    @Path("/secret")
    @Authenticated
    public String secret() {
        return "secret";
    }

    @GET
    @Path("/database-down")
    public String databaseDown() {
        throw new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:15432 refused", "08001"));
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("database password is hunter2");
    }
}
