package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** The six drills of issue 11, and the one the CI smoke runs. */
final class FaultDrills {

    /** Longer than the drills' webhook timeout ({@link DrillsBenchmark#STACK_SETTINGS}), so every answer times out. */
    static final Duration SLOW_ANSWER = Duration.ofSeconds(8);

    private FaultDrills() {
    }

    static List<FaultDrill> all() {
        return List.of(killSyncWorker(3, Duration.ofSeconds(15)), restartKafka(), restartPostgres(),
                receiverFails(Duration.ofMinutes(2)), receiverGone(), slowReceiver(Duration.ofSeconds(60)));
    }

    static List<FaultDrill> smoke() {
        return List.of(killSyncWorker(1, Duration.ofSeconds(5)));
    }

    static FaultDrill killSyncWorker(int times, Duration between) {
        return new FaultDrill("kill-sync-worker", "`kill -9` of the sync-worker, " + times + (times == 1 ? " time" : " times")
                + "; deploy/local/up starts it again", context -> {
            for (int i = 0; i < times; i++) {
                context.faults().killSyncWorker();
                DrillContext.pause(between);
            }
        });
    }

    static FaultDrill restartKafka() {
        return new FaultDrill("kafka-restart", "the Kafka broker stopped (SIGTERM) and started again by deploy/local/up",
                context -> context.faults().restartKafka());
    }

    static FaultDrill restartPostgres() {
        Duration down = Duration.ofSeconds(10);
        return new FaultDrill("postgres-restart", "PostgreSQL stopped fast (SIGINT to the postmaster), down for " + down.toSeconds()
                + " s, started again", context -> context.faults().restartPostgres(down));
    }

    static FaultDrill receiverFails(Duration howLong) {
        return new FaultDrill("receiver-500", "every receiver answers 500 for " + howLong.toSeconds() + " s, then 204 again",
                context -> {
                    context.sink().answerEvery(new WebhookSink.Answer(500, Duration.ZERO));
                    DrillContext.pause(howLong);
                    context.sink().acceptEverything();
                });
    }

    static FaultDrill slowReceiver(Duration howLong) {
        return new FaultDrill("slow-receiver", "every receiver takes " + SLOW_ANSWER.toSeconds() + " s to answer (beyond the"
                + " webhook timeout) for " + howLong.toSeconds() + " s, then answers at once again", context -> {
            context.sink().answerEvery(new WebhookSink.Answer(204, SLOW_ANSWER));
            DrillContext.pause(howLong);
            context.sink().acceptEverything();
        });
    }

    /**
     * One integration's receiver answers 410 Gone; once integrations-service has disabled it, the receiver is fixed
     * and the firm does what docs/deliveries.md says: activate it, resend its failed deliveries, and resend the ones
     * the disabling cancelled.
     */
    static FaultDrill receiverGone() {
        return new FaultDrill("receiver-410", "one integration's receiver answers 410 Gone until the integration is disabled;"
                + " then it is fixed, activated again, and its failed and cancelled deliveries are resent", context -> {
            Fleet.Client client = context.fleet().clients().get(0);
            Fleet.Integration gone = client.integrations().get(0);
            context.sink().answer(hook -> hook.equals(gone.hook())
                    ? new WebhookSink.Answer(410, Duration.ZERO) : WebhookSink.Answer.ACCEPT);
            String integrationUrl = Fleet.integrationsOf(client.clientId()) + "/" + gone.id();
            awaitStatus(context.api(), integrationUrl, client.token(), "DISABLED");
            context.sink().acceptEverything();
            context.api().post(integrationUrl + "/activate", client.token(), null, 200);
            resendFailedAndCancelled(context.api(), client.token(), gone.id());
        });
    }

    private static void awaitStatus(JsonApi api, String integrationUrl, String token, String status)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!api.get(integrationUrl, token).path("status").asText().equals(status)) {
            if (System.nanoTime() > deadline) {
                throw new IOException(integrationUrl + " did not become " + status + " within a minute");
            }
            Thread.sleep(250);
        }
    }

    /** Waits, as a firm would retry, until the sync-worker has heard of the activation (409 until then). */
    private static void resendFailedAndCancelled(JsonApi api, String token, String integrationId)
            throws IOException, InterruptedException {
        String worker = StackAddresses.LOCAL.syncWorkerUrl() + "/api/v1";
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                api.post(worker + "/integrations/" + integrationId + "/retry-failed", token, null, 200);
                break;
            } catch (IOException notActiveYet) {
                if (System.nanoTime() > deadline) {
                    throw notActiveYet;
                }
                Thread.sleep(250);
            }
        }
        for (JsonNode delivery : api.all(worker + "/integrations/" + integrationId + "/deliveries?status=CANCELLED",
                token)) {
            api.post(worker + "/deliveries/" + delivery.get("id").asText() + "/retry", token, null, 200);
        }
    }
}
