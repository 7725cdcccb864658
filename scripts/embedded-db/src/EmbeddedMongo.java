import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The bot's embedded MongoDB-wire server: mongo-java-server on an H2 MVStore file.
 *
 * Every write is committed to the file and flushed to disk before it is answered, so a change the bot
 * was told is saved survives the process being killed, and the machine losing power. The server stops when its parent closes our stdin, so it never
 * outlives the bot, even after kill -9.
 *
 *   java EmbeddedMongo <data file> <port on 127.0.0.1>
 */
public final class EmbeddedMongo {

    private static final int COMPACT_ON_CLOSE_MS = 2_000;

    /** Commands that change data or metadata: committed before the answer goes out. */
    private static final Set<String> WRITES = Set.of(
        "insert", "update", "delete", "findandmodify", "create", "createindexes", "drop", "dropindexes",
        "dropdatabase", "renamecollection");

    /**
     * The server version it reports: 4.4 (wire version 9) is the oldest the bot's MongoDB driver accepts,
     * and every command the bot sends is one mongo-java-server implements.
     */
    private static final MongoVersion REPORTED_VERSION = new MongoVersion() {
        @Override
        public List<Integer> getVersionArray() {
            return List.of(4, 4, 0);
        }

        @Override
        public int getWireVersion() {
            return 9;
        }
    };

    /** The one store of this process; H2Database opens collections before a subclass could keep it. */
    private static MVStore store;

    /**
     * A collection as the bot needs it:
     * - answers carry copies taken while the collection is locked. mongo-java-server changes a stored
     *   document in place and encodes an answer after the lock is released, so without copies two
     *   concurrent `findOneAndUpdate({$inc})` could both be answered with the later value, and a read
     *   could see a document half-way through an update;
     * - a document is found by its string `_id` directly when the filter also has other conditions, as
     *   the bot's conditional updates do ({_id, rev}, {_id, eTag}, {_id, expiresAt}): mongo-java-server
     *   uses an index only when the filter has exactly the index's fields, so it would scan the
     *   collection. The document found is still matched against the whole filter.
     */
    static final class BotCollection extends H2Collection {
        BotCollection(MongoDatabase database, String name, CollectionOptions options,
                      MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
            List<Document> copies = new ArrayList<>(matchedDocuments.size());
            for (Document document : matchedDocuments) copies.add(document.cloneDeeply());
            return super.createQueryResult(copies, batchSize);
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            Document response = super.findAndModify(query);
            return response == null ? null : response.cloneDeeply();
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Object id = query.get("_id");
            if (query.size() > 1 && id instanceof String) {
                List<Object> positions = getDocument(id) == null ? List.of() : List.of(id);
                return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }

    static final class BotDatabase extends H2Database {
        BotDatabase(String name, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            // The map names H2Database uses, so data files stay readable by plain mongo-java-server.
            String fullName = getDatabaseName() + "." + name;
            MVMap<Object, Document> data = store.openMap("databases." + fullName);
            MVMap<String, Object> meta = store.openMap("meta." + fullName);
            return new BotCollection(this, name, options, data, meta, cursorRegistry);
        }
    }

    static final class DurableBackend extends H2Backend {
        DurableBackend(MVStore store) {
            super(store);
            version(REPORTED_VERSION);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new BotDatabase(databaseName, getCursorRegistry());
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            try {
                Document response = super.handleCommand(channel, databaseName, command, query);
                if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
                    commit();
                    getMvStore().sync();
                }
                return response;
            } catch (RuntimeException e) {
                if (getMvStore().isClosed()) stopUnwritable(e);
                throw e;
            }
        }
    }

    /** Exit code when the data file could not be written and the store closed itself. */
    private static final int UNWRITABLE = 3;

    /**
     * A write to the data file failed (a full disk, an I/O error): MVStore closes itself and would
     * refuse every later command while still answering pings. Stop instead, saying why, so that the
     * bot starts the server again on the file as it was last committed: every acknowledged write is
     * there, and writes work again once the disk has room.
     */
    static void stopUnwritable(Throwable failure) {
        StringBuilder why = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getCause() == null || cause.getCause() == cause) why.append(cause);
        }
        System.err.println("the data file could not be written, the server stops: " + why);
        System.err.flush();
        System.out.flush();
        // halt, not exit: the shutdown hook would try to write to the closed store.
        Runtime.getRuntime().halt(UNWRITABLE);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedMongo <data file> <port>");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        int port = Integer.parseInt(args[1]);

        store = new MVStore.Builder()
            .fileName(file.toString())
            .backgroundExceptionHandler((thread, failure) -> stopUnwritable(failure))
            .open();
        // Every write is committed and flushed to disk before it is answered, so old chunks need no
        // keeping: their space is reused at once, and the file stays the size of the live data (the
        // default keeps them 45 s, which under load grows the file by 45 s worth of writes).
        store.setRetentionTime(0);
        DurableBackend backend = new DurableBackend(store);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("listening on 127.0.0.1:" + port);
        System.out.flush();

        Runnable stop = () -> {
            server.shutdownNow();
            // Leave a compact file behind: rewrite what is still live and cut off the rest.
            store.compactFile(COMPACT_ON_CLOSE_MS);
            backend.close();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "embedded-db-stop"));

        // Block until the parent goes away (stdin reaches end of file), then stop cleanly.
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // ignore anything written to us
        }
        System.exit(0);
    }
}
