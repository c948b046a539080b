package com.verbatim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ReplicaTest {

  private static JsonObject outcome(long seq) {
    return new JsonObject().put("reply", new JsonObject().put("seq", seq));
  }

  @Test
  @DisplayName("caught up only once the log as it stood at the start of following is applied")
  void caughtUpAtTheStartingTail() {
    Replica replica = new Replica(3);
    assertThat(replica.caughtUp()).isFalse();
    replica.follow(5);
    assertThat(replica.caughtUp()).isFalse();
    assertThat(replica.lag()).isEqualTo(2);
    replica.applied(4, outcome(4));
    assertThat(replica.caughtUp()).isFalse();
    replica.applied(5, outcome(5));
    assertThat(replica.caughtUp()).isTrue();
    assertThat(replica.lag()).isZero();
  }

  @Test
  @DisplayName("a write waits for its own entry to be applied here, even if it was applied before it asked")
  void writesWaitForTheirEntry() {
    Replica replica = new Replica(-1);
    replica.follow(-1);
    CompletableFuture<JsonObject> waiting = replica.await(1);
    replica.applied(0, outcome(0));
    assertThat(waiting).isNotDone();
    replica.applied(1, outcome(1));
    assertThat(waiting).isCompletedWithValue(outcome(1));

    replica.applied(2, outcome(2));
    assertThat(replica.await(2)).isCompletedWithValue(outcome(2));
  }

  @Test
  @DisplayName("a problem while following means not caught up until an entry is applied again")
  void problemClearsOnProgress() {
    Replica replica = new Replica(-1);
    replica.follow(-1);
    assertThat(replica.caughtUp()).isTrue();
    replica.problem("log unreachable");
    assertThat(replica.caughtUp()).isFalse();
    assertThat(replica.toJson().getString("problem")).isEqualTo("log unreachable");
    replica.applied(0, outcome(0));
    assertThat(replica.caughtUp()).isTrue();
  }
}
