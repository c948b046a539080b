package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@DisplayName("The admin token file and the configured-token check")
class AdminTokenFileTest {

  @TempDir
  Path data;

  @Test
  @DisplayName("the first start writes a random token to <dataDir>/admin-token, readable by its owner only")
  void writesOwnerOnlyFile() throws IOException {
    AdminTokenFile.Kept kept = AdminTokenFile.load(data.resolve("not-yet-made"));

    assertThat(kept.created()).isTrue();
    assertThat(kept.file()).isEqualTo(data.resolve("not-yet-made").resolve("admin-token"));
    assertThat(Files.readString(kept.file()).strip()).isEqualTo(kept.token());
    assertThat(kept.token()).hasSizeGreaterThanOrEqualTo(AdminToken.MIN_LENGTH);
    assertThat(Files.list(kept.file().getParent())).containsExactly(kept.file());
    assumeThat(data.getFileSystem().supportedFileAttributeViews()).contains("posix");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.file()))).isEqualTo("rw-------");
  }

  @Test
  @DisplayName("later starts reuse the kept token, so it stays the same across restarts")
  void reusesKeptToken() throws IOException {
    AdminTokenFile.Kept first = AdminTokenFile.load(data);
    AdminTokenFile.Kept second = AdminTokenFile.load(data);

    assertThat(second.created()).isFalse();
    assertThat(second.token()).isEqualTo(first.token());
  }

  @Test
  @DisplayName("an empty or too short token file is replaced by a new token")
  void replacesUnusableFile() throws IOException {
    Files.writeString(data.resolve("admin-token"), "short\n");

    AdminTokenFile.Kept kept = AdminTokenFile.load(data);

    assertThat(kept.created()).isTrue();
    assertThat(kept.token()).hasSizeGreaterThanOrEqualTo(AdminToken.MIN_LENGTH);
    assertThat(Files.readString(kept.file()).strip()).isEqualTo(kept.token());
  }

  @Test
  @DisplayName("a configured token under 24 characters is refused with a message that names the setting, not the token")
  void refusesShortConfiguredToken() {
    assertThatThrownBy(() -> AdminToken.checkConfigured("hunter2-secret-twenty3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VERBATIM_ADMIN_TOKEN").hasMessageContaining("at least 24")
        .hasMessageNotContaining("hunter2-secret-twenty3");
    AdminToken.checkConfigured("");
    AdminToken.checkConfigured("twenty-four-characters-x");
  }
}
