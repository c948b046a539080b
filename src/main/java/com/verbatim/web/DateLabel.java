package com.verbatim.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Publication dates for people: {@code 2026-11-26T10:00:00Z} reads "26 November 2026". The pages
 * use it as the Handlebars helper {@code {{date publishedAt}}}; the chat page's script formats the same
 * dates with {@code Intl.DateTimeFormat}.
 */
final class DateLabel {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private DateLabel() {
  }

  /** The day of an ISO-8601 date or date-time (in UTC); a value that is neither is shown as it is. */
  static String of(String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    String value = iso.strip();
    try {
      return DAY.format(OffsetDateTime.parse(value).atZoneSameInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notDateTime) {
      try {
        return DAY.format(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
      } catch (DateTimeParseException notDate) {
        return value;
      }
    }
  }
}
