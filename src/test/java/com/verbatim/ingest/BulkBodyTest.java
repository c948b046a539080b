package com.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.model.BulkRequest;
import com.verbatim.model.ItemResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class BulkBodyTest {

  @Test
  @DisplayName("NDJSON: each line is an item numbered by its line; bad lines are refused one by one")
  void ndjsonLines() {
    BulkBody.Parsed parsed = BulkBody.ndjson("{\"title\":\"a\",\"text\":\"A.\"}\n\n{oops\n[1]\n{\"title\":\"b\"}\n");

    assertThat(parsed.request().items()).extracting(BulkRequest.Item::index).containsExactly(0, 4);
    assertThat(parsed.refused()).extracting(ItemResult::index, ItemResult::error)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ErrorCode.BAD_JSON),
            org.assertj.core.groups.Tuple.tuple(3, ErrorCode.BAD_REQUEST));
  }

  @Test
  @DisplayName("a JSON array: objects become items, anything else is refused with its index")
  void arrayItems() {
    BulkBody.Parsed parsed = BulkBody.array("[{\"title\":\"a\"}, 7, {\"title\":\"b\"}]");

    assertThat(parsed.request().items()).extracting(BulkRequest.Item::index).containsExactly(0, 2);
    assertThat(parsed.refused()).extracting(ItemResult::index).containsExactly(1);
  }

  @Test
  @DisplayName("an empty or broken body is refused as a whole")
  void brokenBodies() {
    assertThatThrownBy(() -> BulkBody.array("[1, 2")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> BulkBody.array("[]")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> BulkBody.ndjson("\n\n")).isInstanceOf(ApiException.class);
  }
}
