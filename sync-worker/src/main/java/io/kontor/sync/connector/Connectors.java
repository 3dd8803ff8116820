package io.kontor.sync.connector;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The connectors of this worker by the channel they serve. An integration whose channel has no connector is not a
 * programming error the engine should crash on but a delivery that cannot succeed, so it gets a connector that
 * fails every attempt, permanently and saying why.
 */
@ApplicationScoped
public class Connectors {

    private final Map<String, Connector> byChannel;

    public Connectors(@All List<Connector> connectors) {
        this.byChannel = connectors.stream().collect(Collectors.toMap(Connector::channel, Function.identity(),
                (first, second) -> {
                    throw new IllegalStateException("two connectors serve channel " + first.channel() + ": "
                            + first.getClass().getName() + " and " + second.getClass().getName());
                }, TreeMap::new));
    }

    public Connector forChannel(String channel) {
        Connector connector = byChannel.get(channel);
        return connector != null ? connector : new UnknownChannel(channel, byChannel.keySet().toString());
    }

    private record UnknownChannel(String channel, String known) implements Connector {

        @Override
        public DeliveryOutcome deliver(OutboundDelivery delivery) {
            return DeliveryOutcome.unanswered(DeliveryOutcome.Verdict.FAILED, ErrorClass.UNKNOWN_CHANNEL,
                    "no connector delivers over channel " + channel + " (this worker has " + known + ")",
                    Duration.ZERO);
        }
    }
}
