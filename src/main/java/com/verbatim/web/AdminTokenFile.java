package com.verbatim.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The generated admin token, kept in {@code <dataDir>/admin-token} so it is never logged and stays the
 * same across restarts. The file is readable and writable by its owner only (on file systems that
 * have POSIX permissions).
 */
final class AdminTokenFile {

  static final String NAME = "admin-token";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** The token in use and the file it is kept in; {@code created} when this start wrote it. */
  record Kept(String token, Path file, boolean created) {
  }

  private AdminTokenFile() {
  }

  /** Reads the kept token, or writes a new one when the file is missing or holds no usable token. */
  static Kept load(Path dataDir) throws IOException {
    Path file = dataDir.resolve(NAME);
    if (Files.isRegularFile(file)) {
      String token = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (token.length() >= AdminToken.MIN_LENGTH) {
        return new Kept(token, file, false);
      }
    }
    String token = AdminToken.random();
    Files.createDirectories(dataDir);
    // written beside the target with owner-only permissions from the start, then renamed, so the file
    // is never readable by others and never half-written
    Path temp = Files.createTempFile(dataDir, NAME, ".tmp", ownerOnly(dataDir));
    try {
      Files.writeString(temp, token + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return new Kept(token, file, true);
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }
}
