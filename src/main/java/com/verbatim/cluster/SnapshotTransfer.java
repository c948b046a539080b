package com.verbatim.cluster;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.Replies;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a peer's index to a node that cannot catch up from the log alone (the entries it needs were trimmed, or
 * the log started a new life from a node's existing index). The peer's index puts the files of its last commit in
 * a folder ({@code index.snapshot}: Lucene files never change once written, so links suffice); they travel over
 * the clustered event bus in chunks of 1 MB; the receiver writes them to {@code index.incoming}, syncs them and
 * swaps the folder in for its index before opening it. The commit's recorded position says where to follow the
 * log from.
 */
final class SnapshotTransfer {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotTransfer.class);
  private static final int CHUNK = 1 << 20;
  private static final DeliveryOptions SLOW = new DeliveryOptions().setSendTimeout(120_000);

  private final Vertx vertx;
  private final Path dataDir;

  SnapshotTransfer(Vertx vertx, Path dataDir) {
    this.vertx = vertx;
    this.dataDir = dataDir;
  }

  private Path snapshots() {
    return dataDir.resolve("snapshots");
  }

  /** Removes copies left by an earlier run (a peer that died while copying). May block. */
  void clean() throws IOException {
    delete(snapshots());
  }

  /** Serves {@code open}, {@code read} and {@code close} (see {@link Addresses#CLUSTER_SNAPSHOT}). */
  void serve(Message<JsonObject> message) {
    JsonObject body = message.body();
    String op = body.getString("op", "");
    Future<?> reply = switch (op) {
      case "open" -> open();
      case "read" -> vertx.executeBlocking(() -> read(body.getString("id"), body.getString("file"),
          body.getLong("offset")));
      case "close" -> vertx.executeBlocking(() -> {
        delete(folder(body.getString("id")));
        return new JsonObject();
      });
      default -> Future.failedFuture(new IllegalArgumentException("unknown snapshot operation " + op));
    };
    reply.onSuccess(message::reply).onFailure(error -> Replies.fail(message, error));
  }

  private Future<JsonObject> open() {
    String id = UUID.randomUUID().toString();
    return vertx.eventBus().<JsonObject>request(Addresses.INDEX_SNAPSHOT,
            new JsonObject().put("dir", folder(id).toString()), SLOW)
        .map(reply -> reply.body().copy().put("id", id));
  }

  private Path folder(String id) {
    return snapshots().resolve(UUID.fromString(id).toString()); // a UUID: no path from the wire reaches the disk
  }

  private Buffer read(String id, String file, long offset) throws IOException {
    Path path = folder(id).resolve(Path.of(file).getFileName().toString());
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(0, channel.size() - offset)));
      while (chunk.hasRemaining() && channel.read(chunk, offset + chunk.position()) >= 0) {
        // read until the chunk is full
      }
      return Buffer.buffer(java.util.Arrays.copyOf(chunk.array(), chunk.position()));
    }
  }

  /**
   * Copies {@code peer}'s index into {@code indexDir}, replacing what is there, and returns the position its
   * commit recorded. Blocking: run on a worker thread.
   */
  Map<String, String> fetch(String peer, Path indexDir) throws IOException {
    EventBus bus = vertx.eventBus();
    String address = Addresses.CLUSTER_SNAPSHOT + peer;
    JsonObject opened = await(bus.<JsonObject>request(address, new JsonObject().put("op", "open"), SLOW)).body();
    String id = opened.getString("id");
    Path incoming = dataDir.resolve("index.incoming");
    delete(incoming);
    Files.createDirectories(incoming);
    long bytes = 0;
    try {
      for (Map.Entry<String, Object> file : opened.getJsonObject("files")) {
        bytes += copy(bus, address, id, file.getKey(), ((Number) file.getValue()).longValue(), incoming);
      }
    } finally {
      bus.request(address, new JsonObject().put("op", "close").put("id", id));
    }
    delete(indexDir);
    Files.move(incoming, indexDir, StandardCopyOption.ATOMIC_MOVE);
    Map<String, String> position = new HashMap<>();
    opened.getJsonObject("position").forEach(e -> position.put(e.getKey(), String.valueOf(e.getValue())));
    LOG.info("Copied the index of {}: {} files, {} bytes, position {}", peer, opened.getJsonObject("files").size(),
        bytes, position);
    return position;
  }

  private static long copy(EventBus bus, String address, String id, String name, long size, Path folder)
      throws IOException {
    Path target = folder.resolve(Path.of(name).getFileName().toString());
    try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      long offset = 0;
      while (offset < size) {
        Buffer chunk = await(bus.<Buffer>request(address, new JsonObject().put("op", "read").put("id", id)
            .put("file", name).put("offset", offset), SLOW)).body();
        if (chunk.length() == 0) {
          throw new IOException(name + " ended at " + offset + " of " + size + " bytes");
        }
        ByteBuffer bytes = ByteBuffer.wrap(chunk.getBytes());
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        offset += chunk.length();
      }
      out.force(true);
    }
    return size;
  }

  /**
   * Waits on a worker thread (where {@code Future.await} is refused) for a reply; the reply itself is handled on
   * the verticle's event loop, so waiting here cannot hold it up.
   */
  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.toCompletionStage().toCompletableFuture().get(SLOW.getSendTimeout() + 5_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while copying a peer's index", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("copying a peer's index failed: " + e.getMessage(), e);
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
