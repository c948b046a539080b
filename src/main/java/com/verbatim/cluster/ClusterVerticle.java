package com.verbatim.cluster;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.index.LogApplier;
import com.verbatim.index.SentenceIndex;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.LogSlice;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitBatch;
import com.verbatim.model.WriteCommand;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes this node one replica of a cluster. It takes the writes ({@code index.store}, {@code index.storeAll},
 * {@code index.delete}) in place of the index, appends each to the cluster's ordered {@link WriteLog}, and
 * answers it once this node's own index has applied it: an acknowledged write is in the log (with its
 * backups) and on this node's disk. Independently it follows the log, handing the entries in order to the
 * index ({@code index.apply}), so every node applies every write, in the same order. {@code cluster.status}
 * tells where this node and the others stand.
 *
 * <p>Deploy it before the index: it reads the index's recorded position from disk and, when the log cannot
 * bring that index up to date (see {@link #plan}), replaces it with a copy of a peer's ({@link SnapshotTransfer}).
 * Call {@link #follow()} once the index is up.
 */
public class ClusterVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterVerticle.class);
  /** Entries handed to the index at once. */
  private static final int SLICE = 64;
  /** A slice may hold bulk writes, each a long commit; the default 30 s would fail them needlessly. */
  private static final DeliveryOptions APPLY = new DeliveryOptions().setSendTimeout(600_000);
  private static final long RETRY_MS = 1000;
  /** How long a node that needs a copy of a peer's index waits for a peer to appear. */
  private static final Duration PEER_WAIT = Duration.ofMinutes(10);
  /** Marks the epoch of a log whose first node already held articles: others must copy them first. */
  private static final String SEEDED = "+seeded";

  private final WriteLog log;
  private final ReplicaTable replicas;
  private String epoch;
  private volatile Replica replica;
  /** Writes appended or being appended and not yet answered: at most {@code index.writeQueue}. */
  private int writesWaiting;
  private int writeQueue;
  private SnapshotTransfer snapshots;
  private volatile boolean stopped;

  public ClusterVerticle(WriteLog log, ReplicaTable replicas) {
    this.log = log;
    this.replicas = replicas;
  }

  /** Where this node stands; null before the verticle started. Thread-safe: for readiness checks. */
  public Replica replica() {
    return replica;
  }

  @Override
  public Future<?> start() {
    Path dataDir = Path.of(config().getString("dataDir"));
    writeQueue = config().getInteger("writeQueue");
    Path indexDir = dataDir.resolve("index");
    snapshots = new SnapshotTransfer(vertx, dataDir);
    return vertx.eventBus().<JsonObject>consumer(Addresses.CLUSTER_SNAPSHOT + replicas.self(), snapshots::serve)
        .completion()
        .compose(v -> vertx.executeBlocking(() -> plan(indexDir)))
        .compose(plan -> plan.snapshot() ? copyFromPeer(indexDir, Instant.now().plus(PEER_WAIT)) : Future.succeededFuture(plan.applied()))
        .onSuccess(applied -> replica = new Replica(applied))
        .compose(applied -> registerConsumers());
  }

  /** Where this node starts from: its index's position in the log, or a copy of a peer's index first. */
  private record Plan(long applied, boolean snapshot) {
  }

  /**
   * Joins the log's epoch and reads how far the index on disk has applied it. A node that starts a new life of
   * the log (the first of a cluster) keeps its index as it is, and says in the epoch whether it held articles
   * ({@code +seeded}); any other node needs a copy of a peer's index when its own is not of this log while the
   * log does not start empty, or when the entries it needs were trimmed.
   */
  private Plan plan(Path indexDir) throws Exception {
    snapshots.clean();
    Map<String, String> onDisk = SentenceIndex.positionOnDisk(indexDir);
    boolean hasArticles = SentenceIndex.hasDocumentsOnDisk(indexDir);
    String proposal = UUID.randomUUID() + (hasArticles ? SEEDED : "");
    epoch = log.epoch(proposal);
    boolean first = epoch.equals(proposal);
    long applied = LogApplier.applied(onDisk, epoch);
    long head = log.head();
    boolean foreign = applied < 0 && (hasArticles || epoch.endsWith(SEEDED));
    boolean snapshot = !first && (foreign || applied + 1 < head);
    LOG.info("Cluster node {}: log epoch {}{}, index applied up to {}, oldest log entry kept {}{}", replicas.self(),
        epoch, first ? " (started here)" : "", applied, head, snapshot ? "; copying a peer's index first" : "");
    return new Plan(applied, snapshot);
  }

  /** Copies the index of the peer that has applied the most of the log; waits for one to be there. */
  private Future<Long> copyFromPeer(Path indexDir, Instant giveUp) {
    return vertx.executeBlocking(() -> {
      String peer = peer();
      if (peer == null) {
        return null;
      }
      return LogApplier.applied(snapshots.fetch(peer, indexDir), epoch);
    }).compose(applied -> {
      if (applied != null) {
        return Future.succeededFuture(applied);
      }
      if (Instant.now().isAfter(giveUp)) {
        return Future.failedFuture(new IllegalStateException("no peer to copy the index from within " + PEER_WAIT));
      }
      LOG.info("Waiting for a peer that follows the log, to copy its index");
      Promise<Long> later = Promise.promise();
      vertx.setTimer(RETRY_MS, id -> copyFromPeer(indexDir, giveUp).onComplete(later));
      return later.future();
    });
  }

  /** The member (not this node) that has applied the most of the log, or null. May block. */
  private String peer() {
    Set<String> members = replicas.members();
    return replicas.applied().entrySet().stream()
        .filter(e -> members.contains(e.getKey()) && !e.getKey().equals(replicas.self()))
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private Future<?> registerConsumers() {
    EventBus bus = vertx.eventBus();
    return Future.all(
        bus.<JsonObject>localConsumer(Addresses.INDEX_STORE, m -> write(m, WriteCommand.STORE, SplitArticle::fromJson))
            .completion(),
        bus.<JsonObject>localConsumer(Addresses.INDEX_STORE_ALL,
            m -> write(m, WriteCommand.STORE_ALL, SplitBatch::fromJson)).completion(),
        bus.<JsonObject>localConsumer(Addresses.INDEX_DELETE, m -> write(m, WriteCommand.DELETE, ArticleRef::fromJson))
            .completion(),
        bus.<JsonObject>localConsumer(Addresses.CLUSTER_STATUS, this::status).completion());
  }

  /** Starts applying the log to the index, from the entry after the last one it holds. */
  public Future<Void> follow() {
    Promise<Void> started = Promise.promise();
    context.runOnContext(v -> vertx.executeBlocking(log::tail)
        .onSuccess(tail -> {
          replica.follow(tail);
          LOG.info("Following the write log from {} (its newest entry: {})", replica.applied() + 1, tail);
          if (replica.caughtUp()) {
            LOG.info("Caught up with the write log: applied up to {}", replica.applied());
          }
          replicas.put(replica.applied());
          next();
        })
        .<Void>mapEmpty()
        .onComplete(started));
    return started.future();
  }

  /**
   * Checks the body, appends the command to the log, and answers with what this node's index made of it (the
   * same answer a single node gives), once applied here.
   */
  private void write(Message<JsonObject> message, String kind, Consumer<JsonObject> check) {
    if (writesWaiting >= writeQueue) {
      Replies.fail(message, new ApiException(ErrorCode.OVERLOADED,
          "the server is busy (" + writesWaiting + " writes waiting); try again shortly"));
      return;
    }
    writesWaiting++;
    Future.succeededFuture(message.body())
        .map(body -> {
          check.accept(body);
          return new WriteCommand(kind, body).toJson().encode();
        })
        .compose(command -> Future.fromCompletionStage(log.append(command), context)
            .recover(e -> Future.failedFuture(new ApiException(ErrorCode.CLUSTER_UNAVAILABLE,
                "the cluster's write log could not be reached: " + e.getMessage()))))
        .compose(seq -> Future.fromCompletionStage(replica.await(seq), context))
        .onComplete(done -> writesWaiting--)
        .onSuccess(outcome -> answer(message, outcome))
        .onFailure(error -> Replies.fail(message, error));
  }

  private static void answer(Message<JsonObject> message, JsonObject outcome) {
    JsonObject reply = outcome.getJsonObject("reply");
    if (reply != null) {
      message.reply(reply);
    } else if (outcome.containsKey("code")) {
      message.fail(outcome.getInteger("code"), outcome.getString("message"));
    } else {
      Replies.fail(message, new IllegalStateException("the write was applied before this node saw its result"));
    }
  }

  /** Reads the next entries (waiting for them), has the index apply them, and goes on; retries on failure. */
  private void next() {
    if (stopped) {
      return;
    }
    long from = replica.applied() + 1;
    Future.fromCompletionStage(log.read(from, SLICE), context)
        .compose(this::apply)
        .onSuccess(v -> next())
        .onFailure(this::retry);
  }

  private Future<Void> apply(List<WriteLog.Entry> entries) {
    LogSlice slice = new LogSlice(epoch, entries.stream()
        .map(e -> new LogSlice.Entry(e.seq(), WriteCommand.fromJson(new JsonObject(e.command()))))
        .toList());
    boolean wasCaughtUp = replica.caughtUp();
    return vertx.eventBus().<JsonObject>request(Addresses.INDEX_APPLY, slice.toJson(), APPLY)
        .map(reply -> {
          JsonArray outcomes = reply.body().getJsonArray("outcomes");
          for (int i = 0; i < entries.size(); i++) {
            replica.applied(entries.get(i).seq(), outcomes.getJsonObject(i));
          }
          replicas.put(replica.applied());
          LOG.debug("Applied the write log up to {}", replica.applied());
          if (!wasCaughtUp && replica.caughtUp()) {
            LOG.info("Caught up with the write log: applied up to {}", replica.applied());
          }
          return null;
        });
  }

  private void retry(Throwable error) {
    if (stopped) {
      return;
    }
    Throwable cause = error.getCause() instanceof WriteLog.TrimmedException ? error.getCause() : error;
    if (cause instanceof WriteLog.TrimmedException trimmed) {
      replica.problem("the log no longer holds entry " + (replica.applied() + 1) + " (oldest kept: "
          + trimmed.head() + "); this node needs a copy of a peer's index");
      LOG.error("Cannot catch up: {}", cause.getMessage());
    } else {
      replica.problem("applying the log failed: " + error.getMessage());
      LOG.warn("Applying the write log from {} failed; trying again", replica.applied() + 1, error);
    }
    vertx.setTimer(RETRY_MS, id -> next());
  }

  /** This node's position, and every node's as recorded in the replica table. */
  private void status(Message<JsonObject> message) {
    vertx.executeBlocking(() -> {
      long tail = log.tail();
      replica.seen(tail);
      Map<String, Long> applied = replicas.applied();
      Set<String> members = replicas.members();
      JsonArray nodes = new JsonArray();
      applied.forEach((node, seq) -> nodes.add(new JsonObject().put("node", node).put("applied", seq)
          .put("lag", Math.max(0, tail - seq)).put("member", members.contains(node))));
      return replica.toJson().put("node", replicas.self()).put("epoch", epoch).put("logTail", tail)
          .put("lag", Math.max(0, tail - replica.applied())).put("nodes", nodes);
    }).onSuccess(message::reply).onFailure(error -> Replies.fail(message, error));
  }

  @Override
  public Future<?> stop() {
    stopped = true;
    return Future.succeededFuture();
  }
}
