package org.maillage.commons.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/** The poll loop: offsets are committed only after their records were applied. */
class KafkaEventLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(KafkaEventLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final KafkaConsumer<String, CloudEvent> consumer;
    private final Set<String> topics;
    private final Consumer<ConsumerRecord<String, CloudEvent>> applier;
    private final Duration maxBackoff;
    private final ConsumerProgress progress;
    private volatile boolean running = true;

    KafkaEventLoop(String bootstrapServers, String groupId, Set<String> topics,
                   Consumer<ConsumerRecord<String, CloudEvent>> applier, Duration maxBackoff,
                   ConsumerProgress progress) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-events");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(props);
        this.topics = topics;
        this.applier = applier;
        this.maxBackoff = maxBackoff;
        this.progress = progress;
    }

    @Override
    public void run() {
        Duration backoff = FIRST_BACKOFF;
        try (consumer) {
            consumer.subscribe(topics);
            while (running) {
                progress.heartbeat().beat();
                boolean failed = pollOnce();
                recordLag();
                if (failed) {
                    Thread.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(maxBackoff) < 0 ? backoff.multipliedBy(2) : maxBackoff;
                } else {
                    backoff = FIRST_BACKOFF;
                }
            }
        } catch (WakeupException | InterruptedException e) {
            LOG.debug("Event consumer stopped");
        } finally {
            progress.heartbeat().stopped();
        }
    }

    /**
     * From what the consumer already knows (each fetch brings the partition's end offset): no request to the
     * broker. A partition whose end is not known yet counts as not behind.
     */
    private void recordLag() {
        Map<String, Long> lag = new HashMap<>();
        topics.forEach(topic -> lag.put(topic, 0L));
        for (TopicPartition partition : consumer.assignment()) {
            consumer.currentLag(partition).ifPresent(behind -> lag.merge(partition.topic(), behind, Long::sum));
        }
        progress.lagByTopic(lag);
    }

    /** Polls and applies one batch; returns whether a record failed and must be retried. */
    private boolean pollOnce() {
        ConsumerRecords<String, CloudEvent> records;
        try {
            records = consumer.poll(POLL_TIMEOUT);
        } catch (RecordDeserializationException e) {
            LOG.errorf("Skipping record %s@%d: not a CloudEvent (%s)", e.topicPartition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
            return false;
        }
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean failed = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, CloudEvent> record : records.records(partition)) {
                try {
                    applier.accept(record);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Event %s (%s) at %s@%d failed; retrying", record.value().getId(),
                            record.value().getType(), partition, record.offset());
                    consumer.seek(partition, record.offset());
                    failed = true;
                    break;
                }
            }
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        return failed;
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }
}
