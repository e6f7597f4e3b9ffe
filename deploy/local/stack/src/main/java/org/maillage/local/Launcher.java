package org.maillage.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of {@code deploy/local/start}: runs the suite until Ctrl-C or SIGTERM. */
public final class Launcher {

    /** Kept referenced so the levels set on them stay in force. */
    private static List<Logger> quietedLoggers;

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietLibraries();
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(List.of(args), System.getenv(), RepoRoot.locate());
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println("See deploy/local/start --help");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LauncherOptions.usage());
            return;
        }
        System.exit(run(options.config()));
    }

    /** The terminal shows the suite's progress; libraries speak only of real problems. */
    private static void quietLibraries() {
        // Before any logger exists: the libraries log through SLF4J to the JBoss LogManager.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Logger root = Logger.getLogger("");
        Logger kafkaClients = Logger.getLogger("org.apache.kafka");
        root.setLevel(Level.WARNING);
        // The readiness check's connection attempts to a broker still booting are expected.
        kafkaClients.setLevel(Level.SEVERE);
        quietedLoggers = List.of(root, kafkaClients);
    }

    private static int run(SuiteConfig config) throws InterruptedException {
        ConsoleReporter console = new ConsoleReporter(System.out);
        LocalSuite suite = new LocalSuite(config, console);
        AtomicBoolean stopPending = new AtomicBoolean(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopPending.getAndSet(false)) {
                console.stopping();
                suite.close();
                console.stopped();
            }
        }, "maillage-shutdown"));
        console.starting(config);
        try {
            suite.start();
        } catch (StartupException e) {
            // When the shutdown hook already took over, the failure is only the start-up being cut short.
            if (stopPending.getAndSet(false)) {
                console.failed(e.getMessage());
            }
            return 1;
        }
        console.running(suite, Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(),
                Instant.now()));
        new CountDownLatch(1).await();
        return 0;
    }
}
