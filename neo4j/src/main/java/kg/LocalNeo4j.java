package kg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j 5.26 community server in this JVM, for tests and local work without Docker.
 *
 * <p>Usage: {@code java kg.LocalNeo4j <boltPort> <httpPort> <workDir> <pidFile> [pagecacheMiB]}.
 * Bolt and HTTP listen on 127.0.0.1 only; auth is off unless NEO4J_LOCAL_AUTH=1 (then user neo4j,
 * initial password neo4j), which tests use to see how kg reports refused credentials. The harness puts the database in a fresh
 * random folder under workDir and deletes it on close, so every start begins empty.
 * Started and stopped by scripts/neo4j-local.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LocalNeo4j <boltPort> <httpPort> <workDir> <pidFile> [pagecacheMiB]");
            System.exit(2);
        }
        int boltPort = Integer.parseInt(args[0]);
        int httpPort = Integer.parseInt(args[1]);
        Path workDir = Path.of(args[2]).toAbsolutePath();
        Path pidFile = Path.of(args[3]).toAbsolutePath();
        long pagecacheMiB = args.length > 4 ? Long.parseLong(args[4]) : 256;

        // Written by the JVM itself so the pid is right however the launcher forked (nohup, setsid).
        Files.createDirectories(workDir);
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);

        boolean auth = "1".equals(System.getenv("NEO4J_LOCAL_AUTH"));
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
                .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                // The harness default of 8 MiB page cache makes bulk loads crawl.
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMiB))
                .withConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort))
                .withConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort))
                // Netty's graceful Bolt shutdown otherwise idles ~2 s per event-loop group: a stop took 13 s.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM lands here: shut the database down cleanly (the harness also deletes its folder).
            try {
                neo4j.close();
                System.out.println("LocalNeo4j stopped");
            } finally {
                try {
                    Files.deleteIfExists(pidFile);
                } catch (Exception ignored) {
                    // the script removes a stale pid file anyway
                }
                stopped.countDown();
            }
        }, "local-neo4j-shutdown"));

        // scripts/neo4j-local waits for this exact prefix before asking Bolt for RETURN 1.
        System.out.println("LocalNeo4j ready bolt=" + neo4j.boltURI() + " http=" + neo4j.httpURI());
        System.out.flush();
        stopped.await();
    }
}
