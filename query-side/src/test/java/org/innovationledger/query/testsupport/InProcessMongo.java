package org.innovationledger.query.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** A MongoDB-protocol server in this JVM (memory backend) and a driver client connected to it. */
public final class InProcessMongo implements AutoCloseable {

    private final MongoServer server;
    private final String connectionString;
    private final MongoClient client;

    public InProcessMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        connectionString = "mongodb://" + address.getHostString() + ":" + address.getPort();
        client = MongoClients.create(connectionString);
    }

    public MongoDatabase database() {
        return database("ledger");
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /** Where another client (an application under test) can connect, with no database named. */
    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
